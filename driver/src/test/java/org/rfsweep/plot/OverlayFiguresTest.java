package org.rfsweep.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.plot.render.Figures;
import org.rfsweep.spark.SparkSessions;
import org.rfsweep.table.OutputLayout;

/**
 * The figures that hold one sweep against another ({@code plot --with}: a theory kernel's
 * prediction beside a simulation) and the learning-curve kind, on the closed-form
 * {@link PlotTestKernel} sweeps; expected values are hand-computed from its formulas. Also the
 * phase heatmap of zipped axes (a family and its own parameters against the kurtosis, as in
 * sweeps/kurtosis-families-1d.yaml).
 */
class OverlayFiguresTest {
    private static SparkSession spark;
    private static OutputLayout layout;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkSessions.create("local[1]");
        layout = new OutputLayout(tmp.resolve("results"));
        PlotSweeps.run(spark, layout.root(), PlotSweeps.GOLDEN, PlotSweeps.TINY, PlotSweeps.NO_GAIN, PlotSweeps.ZIPPED);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static SparkSweepTables open(String sweep) throws PlotInputException {
        SparkSweepTables.check(layout, sweep, "--results");
        return SparkSweepTables.open(spark, layout, sweep);
    }

    /**
     * golden's curves: one panel per gain (its numeric axis), one series per inputs; tiny (gain 1
     * and 2, nlgp, seed 0) joins the panels of its gains only. The test accuracy is 0.5 + 0.01 seed
     * at t = 0 and 0.7 + 0.01 seed at t = 10, undefined at t = 1 (left out).
     */
    @Test
    void curvesArePanelsOfTheNumericAxesWithTheOverlaidSweepAtTheSameGridPoints() throws Exception {
        List<CurveFigureData> all = CurveFigures.build(open("golden"), List.of(open("tiny")), "test_accuracy", null);
        assertEquals(List.of("gain=0.5", "gain=1", "gain=2", "gain=4"), all.stream().map(CurveFigureData::label).toList());
        assertEquals(2, all.get(0).series().size(), "no tiny trial at gain 0.5");
        CurveFigureData one = all.get(1);
        assertEquals(List.of("golden:inputs=gp", "golden:inputs=nlgp", "tiny:"),
                one.series().stream().map(s -> s.sweep() + ":" + s.label()).toList());
        CurveFigureData.Series nlgp = one.series().get(1);
        assertEquals(2, nlgp.seeds());
        assertArrayEquals(new double[] {0, 10}, nlgp.time(), 0);
        assertArrayEquals(new double[] {0.505, 0.705}, nlgp.mean(), 1e-12);
        assertArrayEquals(new double[] {0.01 / Math.sqrt(2), 0.01 / Math.sqrt(2)}, nlgp.sd(), 1e-12, "the seed sd, not the se");
        CurveFigureData.Series tiny = one.series().get(2);
        assertEquals(1, tiny.seeds());
        assertArrayEquals(new double[] {0.5, 0.7}, tiny.mean(), 1e-12);
        assertArrayEquals(new double[] {0, 0}, tiny.sd(), 0);
        List<CurveFigureData> selected = CurveFigures.build(open("golden"), List.of(open("tiny")), null, "gain=1 and inputs=nlgp");
        assertEquals(List.of("gain=1"), selected.stream().map(CurveFigureData::label).toList(), "--where selects");
        assertEquals(List.of("golden:inputs=nlgp", "tiny:"), selected.get(0).series().stream().map(s -> s.sweep() + ":" + s.label())
                .toList());
        CurveFigureData loss = CurveFigures.build(open("golden"), List.of(), null, "gain=2").get(0);
        assertEquals("test_loss", loss.metric(), "the default column");
        assertArrayEquals(new double[] {1, 1.0 / 3}, loss.series().get(0).mean(), 1e-12);
    }

    /** The overlaid sweep's headline (ipr_mean = 0.1 g at nlgp, seed 0) along the shared axis. */
    @Test
    void metricAgainstAxisCarriesTheOverlaidSweepsSeries() throws Exception {
        MetricFigureData d = MetricFigures.build(open("golden"), List.of(open("tiny")), null, null, null);
        assertEquals(2, d.series().size());
        assertEquals(1, d.overlay().size());
        MetricFigureData.Overlay o = d.overlay().get(0);
        assertEquals("tiny", o.sweep());
        assertEquals("ipr_mean", o.metric());
        assertArrayEquals(new double[] {1, 2}, o.series().x(), 0);
        assertArrayEquals(new double[] {0.1, 0.2}, o.series().mean(), 1e-12);
        assertTrue(d.logX());
        assertTrue(MetricFigures.build(open("golden"), null, null, null).overlay().isEmpty());
    }

    @Test
    void overlaysThatCannotApplyAreErrors() throws Exception {
        PlotInputException e = assertThrows(PlotInputException.class,
                () -> MetricFigures.build(open("golden"), List.of(open("nogain")), null, null, null));
        assertTrue(e.getMessage().contains("--with nogain: it does not sweep gain"), e.getMessage());
        e = assertThrows(PlotInputException.class, () -> Figures.build(PlotKind.PHASE, open("golden"), List.of(open("tiny")),
                PlotOptions.defaults()));
        assertTrue(e.getMessage().contains("--with overlays other sweeps on metric-vs-axis and curves only"), e.getMessage());
        e = assertThrows(PlotInputException.class, () -> CurveFigures.build(open("golden"), List.of(), "test_los", null));
        assertTrue(e.getMessage().contains("unknown trajectories column 'test_los'"), e.getMessage());
    }

    /**
     * xi is zipped with inputs, so it follows the inputs axis: one inputs x gain panel whose rows
     * say their xi (the nlgp row's is the kernel's default and adds nothing), not one panel per xi
     * with the other family's row empty. n_localised = 1 iff nlgp and g (seed + 1) >= 2, seeds {0, 1}.
     */
    @Test
    void aZippedAxisFollowsItsCategoryInsteadOfSplittingPanels() throws Exception {
        SparkSweepTables t = open("zipped");
        assertEquals(List.of("inputs", "xi", "gain"), t.axes().stream().map(SweptAxis::name).toList());
        PhaseFigureData d = PhaseFigures.build(t, null, "gain", "inputs", 0.5);
        assertEquals(List.of(""), d.panels().stream().map(PhaseFigureData.Panel::label).toList(), "one panel");
        assertEquals(List.of("gp (xi=(2, 4))", "nlgp"), d.y().values().stream().map(AxisValue::label).toList());
        assertArrayEquals(new double[] {0, 0, 0}, d.panels().get(0).values()[0], 1e-12);
        assertArrayEquals(new double[] {0.5, 1, 1}, d.panels().get(0).values()[1], 1e-12);
        assertTrue(d.y().title().contains("with xi"), d.y().title());
        // golden's inputs and gain are crossed: nothing follows anything, the panels stay as they were
        assertEquals(1, PhaseFigures.build(open("golden"), null, null, null, 0.5).panels().size());
    }
}
