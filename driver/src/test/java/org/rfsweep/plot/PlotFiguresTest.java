package org.rfsweep.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.plot.render.Figure;
import org.rfsweep.plot.render.FigureDirectory;
import org.rfsweep.plot.render.Figures;
import org.rfsweep.report.HtmlReport;
import org.rfsweep.report.ReportBuilder;
import org.rfsweep.report.ReportData;
import org.rfsweep.spark.SparkSessions;
import org.rfsweep.table.OutputLayout;

/**
 * Golden tests of the numbers behind every figure, PNG sanity, the HTML report and the invalid
 * requests, on the closed-form {@link PlotTestKernel} sweeps ({@link PlotSweeps}); one shared
 * local[2] session. Expected values are hand-computed from the kernel's formulas.
 */
class PlotFiguresTest {
    private static final double EPS = 1e-12;
    private static SparkSession spark;
    private static OutputLayout layout;

    @TempDir
    static Path tmp;

    @TempDir
    Path out;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkSessions.create("local[2]");
        layout = new OutputLayout(tmp.resolve("results"));
        PlotSweeps.runAll(spark, layout.root());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static SparkSweepTables open(String sweep) throws PlotInputException {
        SparkSweepTables.check(layout, sweep, "--results");
        return SparkSweepTables.open(spark, layout, sweep);
    }

    @Test
    void phaseDataIsTheFractionLocalisedOnTheGainByInputsGridWithItsInterpolatedBoundary() throws Exception {
        PhaseFigureData d = PhaseFigures.build(open("golden"), null, null, null, 0.75);
        assertEquals("frac_localised", d.metric());
        assertEquals("gain", d.x().name(), "gain goes horizontal");
        assertEquals(List.of("0.5", "1", "2", "4"), d.x().values().stream().map(AxisValue::label).toList());
        assertEquals(List.of("gp", "nlgp"), d.y().values().stream().map(AxisValue::label).toList());
        assertTrue(d.x().logSpaced());
        assertEquals(1, d.panels().size());
        PhaseFigureData.Panel p = d.panels().get(0);
        // n_localised = 1 iff nlgp and g (seed + 1) >= 2, seeds {0, 1}: nlgp 0, 1/2, 1, 1; gp never
        assertArrayEquals(new double[] {0, 0, 0, 0}, p.values()[0], EPS);
        assertArrayEquals(new double[] {0, 0.5, 1, 1}, p.values()[1], EPS);
        // level 0.75 is crossed half-way between columns 1 (0.5) and 2 (1), across the nlgp row
        assertEquals(List.of(new Segment(1.5, 0.5, 1.5, 1.5)), p.boundary());
        assertEquals(Math.sqrt(2), d.x().valueAt(1.5), 1e-12, "geometric interpolation on the log-spaced gain axis");
    }

    @Test
    void phaseDataOfAnotherMetricKeepsTheFracLocalisedBoundary() throws Exception {
        PhaseFigureData d = PhaseFigures.build(open("golden"), "ipr_mean_mean", "gain", "inputs", 0.5);
        PhaseFigureData.Panel p = d.panels().get(0);
        assertArrayEquals(new double[] {0.055, 0.055, 0.055, 0.055}, p.values()[0], 1e-12); // 0.05 + mean seed 0.005
        assertArrayEquals(new double[] {0.055, 0.105, 0.205, 0.405}, p.values()[1], 1e-12); // 0.1 g + 0.005
        assertEquals("frac_localised", d.boundaryMetric());
        assertEquals(List.of(new Segment(1, 0.5, 1, 1.5)), p.boundary(), "0.5 is reached exactly at column 1");
    }

    @Test
    void aThirdSweptAxisBecomesOnePanelPerValue() throws Exception {
        SparkSweepTables t = open("twod");
        assertEquals(List.of("inputs", "xi", "gain"), t.axes().stream().map(SweptAxis::name).toList(),
                "in table order; xi0 and xi1 vary together: one pair axis");
        PlotInputException e = assertThrows(PlotInputException.class, () -> PhaseFigures.build(t, null, null, null, 0.5));
        assertTrue(e.getMessage().contains("choose two with --x and --y"), e.getMessage());
        PhaseFigureData d = PhaseFigures.build(t, null, "gain", "inputs", 0.5);
        assertEquals(List.of("xi=(1, 3)", "xi=(2, 4)"), d.panels().stream().map(PhaseFigureData.Panel::label).toList());
        // one seed (0): n_localised = 1 iff nlgp and g >= 2
        assertArrayEquals(new double[] {0, 1}, d.panels().get(0).values()[1], EPS);
    }

    @Test
    void gainDataHasMeansStandardErrorsRandomLevelAndKurtosis() throws Exception {
        MetricFigureData d = MetricFigures.build(open("golden"), null, null, null);
        assertEquals("ipr_mean", d.metric(), "the kernel's headline metric");
        assertEquals("gain", d.x().name(), "the kernel's natural axis");
        assertEquals("gain g (dimensionless)", d.x().title(), "the kernel's title for it");
        assertTrue(d.logX());
        assertEquals(List.of("inputs=gp", "inputs=nlgp"), d.series().stream().map(MetricFigureData.Series::label).toList());
        MetricFigureData.Series nlgp = d.series().get(1);
        assertArrayEquals(new double[] {0.5, 1, 2, 4}, nlgp.x(), EPS);
        assertArrayEquals(new double[] {0.055, 0.105, 0.205, 0.405}, nlgp.mean(), 1e-12);
        // sample sd of {x, x + 0.01} is 0.01 / sqrt(2); divided by sqrt(2 seeds): 0.005
        assertArrayEquals(new double[] {0.005, 0.005, 0.005, 0.005}, nlgp.se(), 1e-12);
        assertEquals(List.of(3.0 / 10), d.referenceLevels(), "3/(N+2) at N = 8, the reference-level metric");
        assertEquals(2, d.statistic().size(), "the NLGP's curve and the Gaussian control's zero");
        assertArrayEquals(new double[] {0, 0, 0, 0}, d.statistic().get(0).mean(), EPS);
        assertArrayEquals(new double[] {-1.0 / 3, -0.5, -2.0 / 3, -0.8}, d.statistic().get(1).mean(), 1e-12);
        MetricFigureData only = MetricFigures.build(open("golden"), "ipr_mean_mean", null, "inputs=nlgp");
        assertEquals(1, only.series().size(), "--where keeps one series; the phase column name is accepted too");
    }

    @Test
    void trajectoryDataHasEveryNeuronAndTheSeedMean() throws Exception {
        List<TrajectoryFigureData> all = TrajectoryFigures.build(open("golden"), "gain=2 and inputs=nlgp");
        assertEquals(1, all.size());
        TrajectoryFigureData d = all.get(0);
        assertEquals("inputs=nlgp, gain=2", d.label());
        assertEquals(List.of(0L, 1L), d.seeds().stream().map(TrajectoryFigureData.Seed::seed).toList());
        TrajectoryFigureData.Seed s1 = d.seeds().get(1);
        assertArrayEquals(new double[] {0, 1, 10}, s1.time(), EPS);
        // neuron j at snapshot s: (j + 1) 0.01 (s + 1) + 0.001 seed
        assertArrayEquals(new double[] {0.021, 0.041, 0.061}, s1.ipr()[1], 1e-12);
        // seed mean of the neurons' mean: 0.015 (s + 1) + 0.0005
        assertArrayEquals(new double[] {0.0155, 0.0305, 0.0455}, d.meanIpr(), 1e-12);
        assertEquals(0.505, d.meanAccuracy()[0], 1e-12);
        assertTrue(Double.isNaN(d.meanAccuracy()[1]), "no evaluation at odd snapshots");
        assertEquals(0.705, d.meanAccuracy()[2], 1e-12);
        assertEquals(0.3, d.randomLevel(), EPS);
        assertEquals(8, TrajectoryFigures.build(open("golden"), null).size(), "one figure per grid point");
    }

    @Test
    void fieldDataIsTheChosenSeedsNeuronsWithBiasGroups() throws Exception {
        List<FieldFigureData> all = FieldFigures.build(open("golden"), "gain=1 and inputs=nlgp and seed=1");
        assertEquals(1, all.size());
        FieldFigureData d = all.get(0);
        assertEquals(1, d.seed());
        assertEquals(1, d.dim());
        assertEquals(8, d.size());
        FieldFigureData.Neuron n0 = d.neurons().get(0);
        assertArrayEquals(new double[] {0, 1, 0, 0, 0, 0, 0, 0}, n0.weights(), EPS);
        assertTrue(n0.positive() && n0.localised());
        assertEquals(1, n0.ipr(), EPS);
        FieldFigureData.Neuron n1 = d.neurons().get(1);
        assertFalse(n1.positive());
        assertEquals(1.0 / 8, n1.ipr(), EPS);
        assertEquals(0, FieldFigures.build(open("golden"), "gain=1 and inputs=nlgp").get(0).seed(), "lowest seed by default");
        FieldFigureData image = FieldFigures.build(open("twod"), "gain=1 and inputs=gp and xi=(2, 4)").get(0);
        assertEquals(2, image.dim());
        assertEquals(4, image.size());
    }

    @Test
    void invalidRequestsNameWhatIsWrong() throws Exception {
        SparkSweepTables golden = open("golden");
        assertMessage("did you mean 'frac_localised'?", () -> PhaseFigures.build(golden, "frac_localized", null, null, 0.5));
        assertMessage("unknown axis 'gian'", () -> PhaseFigures.build(golden, null, "gian", null, 0.5));
        assertMessage("did you mean 'gain'?", () -> PhaseFigures.build(golden, null, "gian", null, 0.5));
        assertMessage("'size' is not swept", () -> PhaseFigures.build(golden, null, "size", null, 0.5));
        assertMessage("no grid point has gain=3; its values: 0.5, 1, 2, 4",
                () -> TrajectoryFigures.build(golden, "gain=3"));
        assertMessage("unknown --where axis 'gane'", () -> FieldFigures.build(golden, "gane=1"));
        assertMessage("is not axis=value", () -> FieldFigures.build(golden, "gain"));
        assertMessage("did you mean 'ipr_mean'?", () -> MetricFigures.build(golden, "ipr_maen", null, null));
        assertMessage("a metric against an axis needs a numeric swept axis; sweep 'nogain' varies inputs",
                () -> MetricFigures.build(open("nogain"), null, null, null));
        assertMessage("unknown numeric swept axis 'inputs'", () -> MetricFigures.build(golden, null, "inputs", null));
        assertMessage("a phase diagram needs two swept axes; sweep 'nogain' varies only inputs",
                () -> PhaseFigures.build(open("nogain"), null, null, null, 0.5));
        assertMessage("unknown sweep 'goldn' under " + layout.root() + "; did you mean 'golden'?; sweeps present: "
                + "broken, golden, nogain, twod", () -> SparkSweepTables.check(layout, "goldn", "--results"));
        assertMessage("no results root", () -> SparkSweepTables.check(new OutputLayout(tmp.resolve("nope")), "golden", "--results"));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        PlotInputException e = assertThrows(PlotInputException.class, call);
        assertTrue(e.getMessage().contains(part), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void everyFigureDecodesAtItsSizeAndIsNotBlank() throws Exception {
        int checked = 0;
        for (String sweep : List.of("golden", "twod")) {
            SparkSweepTables t = open(sweep);
            PlotOptions twoAxes = new PlotOptions(null, "gain", "inputs", 0.5, null, true);
            for (PlotKind kind : PlotKind.values()) {
                List<Figure> figures = Figures.build(kind, t, twoAxes);
                Path dir = out.resolve(sweep + "-" + kind);
                try (FigureDirectory fd = new FigureDirectory(dir)) {
                    fd.writeAll(figures.subList(0, Math.min(2, figures.size())));
                    fd.commit();
                }
                for (Figure f : figures.subList(0, Math.min(2, figures.size()))) {
                    BufferedImage img = ImageIO.read(dir.resolve(f.fileName()).toFile());
                    assertTrue(img != null, f.fileName() + " decodes");
                    assertTrue(img.getWidth() >= 800 && img.getHeight() >= 300, f.fileName() + " " + img.getWidth() + "x" + img.getHeight());
                    assertNotBlank(f.fileName(), img);
                    checked++;
                }
            }
        }
        assertEquals(17, checked, "golden: 1 phase + 2 + 2 + 1 + 2 curves; twod: 2 phase panels + 2 + 2 + 1 + 2 curves");
    }

    /** Many distinct colours and a real share of non-background pixels: a chart, not an empty canvas. */
    private static void assertNotBlank(String name, BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        long ink = 0;
        int background = img.getRGB(0, img.getHeight() - 1);
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                colours.add(rgb);
                if (rgb != background) {
                    ink++;
                }
            }
        }
        double share = ink / (img.getWidth() * img.getHeight() / 4.0);
        assertTrue(colours.size() >= 20, name + ": " + colours.size() + " colours");
        assertTrue(share > 0.02, name + ": " + share + " of the pixels drawn");
    }

    @Test
    void theReportHoldsSpecProvenancePhaseRowsFiguresAndEscapedFailures() throws Exception {
        SparkSweepTables t = open("broken");
        ReportBuilder builder = new ReportBuilder(t, layout, null);
        ReportData data = builder.build();
        Path dir = out.resolve("report");
        try (FigureDirectory fd = new FigureDirectory(dir)) {
            fd.writeAll(builder.figures(), ReportBuilder.FIGURE_DIR);
            fd.writeText("index.html", HtmlReport.render(data));
            fd.commit();
        }
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains("name: broken"), "the stored spec text");
        assertTrue(html.contains("test-commit"), "the git commit");
        assertTrue(html.contains("local[2]"), "the Spark master of the run");
        // failures: 2 gains x 2 seeds throw, as many diverge; the message's markup is escaped
        assertTrue(html.contains("boom &lt;b&gt;&amp;&quot;quoted&quot;&lt;/b&gt;"), "escaped failure message");
        assertFalse(html.contains(PlotTestKernel.THROW_MESSAGE), "no raw markup from the tables");
        assertTrue(html.contains("NaN in weights at step 3"));
        assertEquals(8, data.failures().rows().size());
        // phase rows: mode x gain; the throw row of gain 1 has 2 failed trials, frac_localised empty (no ok trial)
        assertEquals(6, data.phase().rows().size());
        assertTrue(data.phase().rows().contains(List.of("1", "throw", "2", "0", "0", "2", "", "", "", "", "")),
                data.phase().rows().toString());
        for (List<String> row : data.phase().rows()) {
            assertTrue(html.contains("<td>" + row.get(1) + "</td>"));
        }
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"#][^\"]*)\"").matcher(html);
        int links = 0;
        while (m.find()) {
            assertTrue(Files.isRegularFile(dir.resolve(m.group(1))), "link resolves: " + m.group(1));
            links++;
        }
        assertTrue(links >= 2 * builder.figures().size() && !builder.figures().isEmpty(), links + " links");
    }
}
