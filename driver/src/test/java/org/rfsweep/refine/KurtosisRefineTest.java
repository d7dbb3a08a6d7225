package org.rfsweep.refine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.plot.AxisValue;
import org.rfsweep.plot.PhaseFigureData;
import org.rfsweep.plot.PhaseFigures;
import org.rfsweep.plot.SparkSweepTables;
import org.rfsweep.report.ReportBuilder;
import org.rfsweep.report.ReportData;
import org.rfsweep.spark.SparkSessions;
import org.rfsweep.spark.SweepRunner;
import org.rfsweep.spec.GridSweepSpec;
import org.rfsweep.spec.SweepSpecLoader;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.testkit.SweepFixture;

/**
 * {@code refine --axis kurtosis} on the real single-neuron kernel in the LSG25 setting
 * (sweeps/lsg25-kurtosis.yaml, with fewer seeds): per family (NLGP, NORTA-alg) the bracket where
 * frac_localised falls through 1/2 along the excess kurtosis. The kurtosis is signed, so the
 * bisection is linear (a geometric midpoint of two negative values is not even defined); the
 * refined bracket is narrower than the grid's, lies inside it, and the phase table at its two ends
 * (read back from the tables, not from the bracket) still straddles the level: it holds the switch.
 * The same tables then give the family x kurtosis phase heatmap that {@code plot} draws and
 * {@code report} includes: rows the families, columns the kurtosis values, cells frac_localised.
 */
class KurtosisRefineTest {
    static final double LO = -1.1;
    static final double HI = -0.1;
    static final double TOLERANCE = 0.15;
    static final int SEEDS = 4;

    private static SparkSession spark;
    private static SweepFixture fx;
    private static Path out;
    private static GridSweepSpec spec;
    private static RefineTarget target;
    private static Refiner.Result result;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkSessions.create("local[2]");
        fx = new SweepFixture(spark);
        out = dir.resolve("results");
        Path specFile = dir.resolve("kurt.yaml");
        Files.writeString(specFile, String.join("\n",
                "name: kurt",
                "kernel: single-neuron",
                "fixed:",
                "  dim: 1",
                "  size: 40",
                "  xi: [0.7, 0.3]",
                "  jitter: 0",
                "  activation: relu",
                "  bias: zero",
                "  input_scale: none",
                "  labels: binary",
                "  init_std: 0.0069843029576957824",
                "  init: truncated-normal",
                "  lr: 0.1",
                "  batch: 5000",
                "  num_steps: 1000",
                "  test_size: 1000",
                "grid:",
                "  inputs: [nlgp, norta]",
                "  kurtosis: [" + LO + ", " + HI + "]",
                "  seed: {range: [0, " + SEEDS + "]}",
                ""));
        spec = (GridSweepSpec) SweepSpecLoader.load(specFile, 1000);
        SweepRunner.Outcome base = fx.sweep(out, false, false).run(spec);
        assertEquals(2 * 2 * SEEDS, base.report().finished());
        target = RefineTarget.of(spec, null, "kurtosis", 0.5, TOLERANCE, 200);
        result = new Refiner(() -> spark, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new SweepRunner.Options(new OutputLayout(out), false, false, 500, "test-commit")).refine(spec, target);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static double frac(String family, double kurtosis) {
        List<Row> rows = fx.sql(out, String.format(Locale.ROOT, "SELECT frac_localised FROM phase WHERE sweep = 'kurt' "
                + "AND inputs = '%s' AND abs(kurtosis - (%s)) < 1e-9", family, kurtosis));
        assertEquals(1, rows.size(), family + " at " + kurtosis);
        return rows.get(0).getDouble(0);
    }

    @Test
    void theSignedKurtosisAxisIsBisectedLinearly() {
        assertFalse(target.log(), "kurtosis has no lower bound, so it is no log axis");
        assertFalse(RefineTarget.logScale(spec.kernel().schema().find("kurtosis").orElseThrow()));
        // the gain (range from 1e-6, or exactly 0) keeps the grid's own spacing test
        assertTrue(RefineTarget.logScale(spec.kernel().schema().find("gain").orElseThrow()));
    }

    @Test
    void eachFamilyGetsANarrowBracketThatHoldsTheSwitch() {
        assertEquals(0, result.exitCode(), result.lines().toString());
        for (String family : List.of("nlgp", "norta")) {
            // the grid's ends: localised at -1.1, not at -0.1 (LSG25's switch, VALIDATION: -0.9 ... -0.5)
            assertTrue(frac(family, LO) > 0.5, family + " at " + LO + ": " + frac(family, LO));
            assertTrue(frac(family, HI) < 0.5, family + " at " + HI + ": " + frac(family, HI));
            List<Bracket> brackets = result.series().stream().filter(s -> s.at().get("inputs").equals(family))
                    .findFirst().orElseThrow().brackets();
            assertFalse(brackets.isEmpty(), family + ": " + result.lines());
            for (Bracket b : brackets) {
                assertTrue(b.width() <= TOLERANCE && b.width() < HI - LO, b + ": " + result.lines());
                assertTrue(LO <= b.lo() && b.hi() <= HI, b.toString());
                assertFalse(b.rising(), "localisation switches off as the kurtosis rises: " + b);
                // what the tables say at the bracket's ends, not what the bracket says
                assertTrue(frac(family, b.lo()) >= 0.5 && frac(family, b.hi()) < 0.5,
                        family + " " + b + ": " + frac(family, b.lo()) + " / " + frac(family, b.hi()));
                // every refined value is a linear midpoint: a multiple of (HI - LO) / 2^r from LO
                double steps = (b.lo() - LO) / (HI - LO) * 8;
                assertEquals(Math.rint(steps), steps, 1e-9, b.toString());
            }
        }
    }

    @Test
    void thePhaseHeatmapIsFamilyByKurtosisOfFracLocalised() throws Exception {
        OutputLayout layout = new OutputLayout(out);
        SparkSweepTables.check(layout, "kurt", "--results");
        SparkSweepTables t = SparkSweepTables.open(spark, layout, "kurt");
        PhaseFigureData d = PhaseFigures.build(t, null, "kurtosis", "inputs", 0.5);
        assertEquals("frac_localised", d.metric());
        assertEquals(List.of("nlgp", "norta"), d.y().values().stream().map(AxisValue::label).toList());
        List<Row> ks = fx.sql(out, "SELECT DISTINCT kurtosis FROM phase WHERE sweep = 'kurt' ORDER BY kurtosis");
        assertTrue(ks.size() > 2, "the refined values are columns too: " + ks);
        assertEquals(ks.size(), d.x().values().size());
        assertEquals(1, d.panels().size());
        double[][] v = d.panels().get(0).values();
        assertEquals(2, v.length);
        for (int row = 0; row < 2; row++) {
            String family = List.of("nlgp", "norta").get(row);
            for (int col = 0; col < ks.size(); col++) {
                double k = ks.get(col).getDouble(0);
                assertEquals(k, d.x().values().get(col).first(), 1e-12);
                assertEquals(frac(family, k), v[row][col], 1e-12, family + " at " + k);
            }
            assertEquals(1.0, v[row][0], family + " localises at " + LO);
            assertEquals(0.0, v[row][ks.size() - 1], family + " does not at " + HI);
        }
        assertFalse(d.panels().get(0).boundary().isEmpty(), "the frac_localised = 1/2 level set is drawn");
        // report: its phase figure is this heatmap (natural axis kurtosis against inputs)
        ReportBuilder report = new ReportBuilder(t, layout, null);
        ReportData data = report.build();
        assertTrue(data.figures().stream().anyMatch(f -> f.section().startsWith("Phase diagram")
                && f.caption().startsWith("frac_localised over kurtosis × inputs")), data.figures().toString());
    }
}
