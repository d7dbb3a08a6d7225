package org.rfsweep.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.cli.Main;

/**
 * The example kernel, written outside the driver, through the whole pipeline by the CLI a user
 * types: run, the phase table (its frac_localised comes from the kernel's LOCALISED_COUNT role,
 * since none of its metrics has a twolayer-sgd name), a phase figure and a metric-vs-axis figure
 * (headline metric, natural axis, reference level and data statistic found by role), a report,
 * and refine (its default metric and axis come from the roles too).
 */
class ExampleKernelSweepTest {
    @TempDir
    Path tmp;

    private record Cli(int exit, String out, String err) {
    }

    private static Cli cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSweepOfTheExampleKernelGetsTablesFiguresReportAndRefine() throws Exception {
        Path spec = tmp.resolve("pursuit.yaml");
        Files.writeString(spec, """
                name: pursuit
                kernel: kurtosis-pursuit
                fixed: {size: 24, iterations: 150, batch: 300}
                grid:
                  inputs: [nlgp, gp]
                  gain: [0.1, 1, 10]
                  seed: {range: [0, 2]}
                """);
        Path results = tmp.resolve("results");
        String out = "--out=" + results;
        Cli run = cli("run", spec.toString(), out, "--master", "local[2]");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("12 trials run"), run.out());

        Cli phase = cli("sql", "SELECT inputs, gain, n_trials, frac_localised, filter_ipr_mean FROM phase "
                + "WHERE sweep = 'pursuit' ORDER BY inputs, gain", out, "--master", "local[1]", "--csv");
        assertEquals(0, phase.exit(), phase.err());
        String[] rows = phase.out().strip().split("\n");
        assertEquals(7, rows.length, phase.out());
        for (int i = 1; i < rows.length; i++) {
            String[] cells = rows[i].split(",");
            assertEquals("2", cells[2], rows[i]);
            double frac = Double.parseDouble(cells[3]);
            assertTrue(frac == 0 || frac == 0.5 || frac == 1, "frac_localised is a share of 2 seeds: " + rows[i]);
        }

        Path figures = tmp.resolve("figures");
        Cli heat = cli("plot", "pursuit", "--out=" + results, "--kind", "phase", "--dir", figures.toString(),
                "--master", "local[1]");
        assertEquals(0, heat.exit(), heat.err());
        Cli curve = cli("plot", "pursuit", "--out=" + results, "--kind", "metric-vs-axis", "--dir",
                tmp.resolve("curves").toString(), "--master", "local[1]");
        assertEquals(0, curve.exit(), curve.err());
        assertTrue(Files.isRegularFile(tmp.resolve("curves").resolve("filter_ipr-vs-gain.png")), curve.out());
        try (Stream<Path> s = Files.list(figures)) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().startsWith("phase-frac_localised")), heat.out());
        }

        Path report = tmp.resolve("report");
        Cli page = cli("report", "pursuit", "--out=" + results, "--dir", report.toString(), "--master", "local[1]");
        assertEquals(0, page.exit(), page.err());
        String html = Files.readString(report.resolve("index.html"));
        assertTrue(html.contains("IPR of the filter against gain"), "the headline metric's declared title");
        assertTrue(html.contains("figures/filter_ipr-vs-gain.png"));

        Cli refine = cli("refine", spec.toString(), out, "--level", "0.5", "--budget", "8", "--master", "local[2]");
        assertEquals(0, refine.exit(), refine.err());
        assertTrue(refine.out().contains("frac_localised") && refine.out().contains("gain"),
                "refine's default metric and axis come from the roles: " + refine.out());
    }
}
