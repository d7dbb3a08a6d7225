package org.rfsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.plot.PlotSweeps;
import org.rfsweep.spark.SparkSessions;

/**
 * {@code plot} and {@code report} through {@link Main#execute}: exit codes, one-line errors, and
 * no output (not even a partial directory) on invalid input. Each Spark-using command starts and
 * stops its own session, as the CLI does, so few of them run here; the figure numbers are checked
 * in PlotFiguresTest.
 */
class PlotCommandTest {
    @TempDir
    static Path tmp;

    static Path results;

    @BeforeAll
    static void sweeps() throws Exception {
        results = tmp.resolve("results");
        SparkSession spark = SparkSessions.create("local[1]");
        try {
            PlotSweeps.run(spark, results, PlotSweeps.TINY);
        } finally {
            spark.stop();
        }
    }

    private static void assertInvalid(CliRun r, String part, Path out) throws Exception {
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(part), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertFalse(Files.exists(out), "nothing written");
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "no staging left");
        }
    }

    @Test
    void aMissingResultsRootIsInvalidInput(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("figs");
        assertInvalid(CliRun.of("plot", "tiny", "--out", dir.resolve("none").toString(), "--kind", "phase",
                "--dir", out.toString()), "rfsweep plot: no results root", out);
    }

    @Test
    void anUnknownSweepListsThePresentOnes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report");
        assertInvalid(CliRun.of("report", "tny", "--out", results.toString(), "--dir", out.toString()),
                "unknown sweep 'tny' under " + results + "; did you mean 'tiny'?; sweeps present: tiny", out);
    }

    @Test
    void anUnknownKindListsTheKinds(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("figs");
        assertInvalid(CliRun.of("plot", "tiny", "--out", results.toString(), "--kind", "heatmap", "--dir", out.toString()),
                "kinds: phase, trajectories, fields, metric-vs-axis", out);
    }

    @Test
    void anUnknownMetricIsInvalidInputAndLeavesNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("figs");
        assertInvalid(CliRun.of("plot", "tiny", "--out", results.toString(), "--master", "local[1]", "--kind", "phase",
                "--metric", "frac_localized", "--dir", out.toString()), "did you mean 'frac_localised'?", out);
    }

    @Test
    void aKindThatDoesNotApplyIsInvalidInput(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("figs");
        assertInvalid(CliRun.of("plot", "tiny", "--out", results.toString(), "--master", "local[1]", "--kind", "phase",
                "--dir", out.toString()), "a phase diagram needs two swept axes; sweep 'tiny' varies only gain", out);
    }

    @Test
    void plotBySpecFileWithTheOldSpellingsAndReportWriteTheirFiles(@TempDir Path dir) throws Exception {
        Path figs = dir.resolve("figs");
        // the spellings before one voice: --results the root, --out the figure directory; still work, with a note
        CliRun plot = CliRun.of("plot", results.resolveSibling("tiny.yaml").toString(), "--results", results.toString(),
                "--master", "local[1]", "--kind", "ipr-vs-gain", "--out", figs.toString());
        assertEquals(0, plot.exitCode(), plot.err());
        assertTrue(plot.err().startsWith("rfsweep plot: warning: --out DIR as the directory to write is deprecated: use "
                + "--dir DIR (--out names the results root, as in run); --results is deprecated too: use --out\n"),
                plot.err());
        assertTrue(Files.isRegularFile(figs.resolve("ipr_mean-vs-gain.png")), plot.out());
        Path report = dir.resolve("report");
        CliRun rep = CliRun.of("report", "tiny", "--out", results.toString(), "--master", "local[1]", "--dir", report.toString());
        assertEquals(0, rep.exitCode(), rep.err());
        assertFalse(rep.err().contains("deprecated"), rep.err());
        String html = Files.readString(report.resolve("index.html"));
        assertTrue(html.contains("figures/ipr_mean-vs-gain.png"), html);
        assertTrue(html.contains("phase figures left out: a phase diagram needs two swept axes"), "says why");
        assertTrue(Files.isRegularFile(report.resolve("figures/ipr_mean-vs-gain.png")));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(2, s.count(), "figs and report only, no staging directories");
        }
    }
}
