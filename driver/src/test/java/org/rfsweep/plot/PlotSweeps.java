package org.rfsweep.plot;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.rfsweep.spark.SweepRunner;
import org.rfsweep.spec.SweepSpec;
import org.rfsweep.spec.SweepSpecLoader;
import org.rfsweep.table.OutputLayout;

/** The small deterministic sweeps of {@link PlotTestKernel} the figure and report tests read. */
public final class PlotSweeps {
    /** inputs x gain (log-spaced) x 2 seeds: 16 trials, all ok. */
    public static final String GOLDEN = """
            name: golden
            kernel: plot-test
            fixed: {size: 8, width: 2}
            grid:
              inputs: [nlgp, gp]
              gain: [0.5, 1, 2, 4]
              seed: [0, 1]
            """;
    /** Two trials: gain only, for the command-line tests. */
    public static final String TINY = """
            name: tiny
            kernel: plot-test
            grid:
              gain: [1, 2]
            """;
    /** gain x mode: ok, failed (an HTML-like message) and diverged trials. */
    public static final String BROKEN = """
            name: broken
            kernel: plot-test
            grid:
              gain: [1, 2]
              mode: [ok, throw, diverge]
              seed: [0, 1]
            """;
    /** Gain not swept. */
    public static final String NO_GAIN = """
            name: nogain
            kernel: plot-test
            grid:
              inputs: [nlgp, gp]
              seed: [0, 1]
            """;
    /** 2-D inputs (4 x 4 images), three swept axes. */
    public static final String TWO_D = """
            name: twod
            kernel: plot-test
            fixed: {dim: 2, size: 4, width: 4}
            grid:
              gain: [1, 2]
              inputs: [nlgp, gp]
              xi: [[1, 3], [2, 4]]
              seed: [0]
            """;

    /**
     * A zip of inputs with xi (each family its own xi, as a family's parameters go with it in
     * sweeps/kurtosis-families-1d.yaml) over gain x 2 seeds: xi is a function of inputs, so the
     * inputs x gain heatmap is one panel, not one per xi with an empty row each.
     */
    public static final String ZIPPED = """
            name: zipped
            kernel: plot-test
            fixed: {size: 8, width: 2}
            zip:
              - inputs: [nlgp, gp]
                xi: [[1, 3], [2, 4]]
            grid:
              gain: [1, 2, 4]
              seed: [0, 1]
            """;

    private PlotSweeps() {
    }

    /** Runs every sweep into {@code root}; also writes each spec to {@code root/../<name>.yaml}. */
    public static void runAll(SparkSession spark, Path root) throws Exception {
        run(spark, root, GOLDEN, BROKEN, NO_GAIN, TWO_D);
    }

    /** Runs the given sweeps into {@code root}; also writes each spec to {@code root/../<name>.yaml}. */
    public static void run(SparkSession spark, Path root, String... specs) throws Exception {
        for (String yaml : specs) {
            SweepSpec spec = SweepSpecLoader.parse(yaml, "test.yaml", 1000);
            Files.writeString(root.resolveSibling(spec.name() + ".yaml"), yaml);
            new SweepRunner(() -> spark, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new SweepRunner.Options(new OutputLayout(root), false, false, 10_000, "test-commit")).run(spec);
        }
    }
}
