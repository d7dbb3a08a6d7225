package org.rfsweep.kernel.twolayer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.rfsweep.data.InputModel;
import org.rfsweep.data.SampleStream;
import org.rfsweep.kernel.RandomStreams;

/**
 * How the cost of one SGD step (an NLGP sample at g = 3 plus the network's step, twolayer-sgd's
 * loop body) grows with N and K, next to the expected a·N log₂N + b·N·K + c (sampling, the
 * network): prints a Markdown table, the fitted a, b, c (least squares over all rows) and each
 * row's measured/model ratio. Times are thread CPU time (robust to other processes on a shared
 * machine), the median of 7 repetitions of about 0.3 s each after a warm-up of at least 30,000
 * steps and 1 s. Usage (README, "Speed"):
 * {@code mvn -B -q -pl worker-kernels/core -Pbench test -Dbench.main=org.rfsweep.kernel.twolayer.CostGrowth -Djmh.args=}
 * (optionally {@code -Djmh.args="1-100-8 2-40-8"} for other shapes).
 */
public final class CostGrowth {
    private static final List<String> DEFAULT_SHAPES = List.of(
            "1-100-8", "1-400-8", "1-1600-8", "1-4096-8", // 6400 is beyond the schema's 1-D size limit
            "2-10-8", "2-20-8", "2-40-8", "2-80-8",
            "1-400-64", "1-400-512");

    private CostGrowth() {
    }

    public static void main(String[] args) {
        List<String> shapes = args.length > 0 ? Arrays.asList(args) : DEFAULT_SHAPES;
        List<double[]> rows = new ArrayList<>();
        for (String shape : shapes) {
            String[] p = shape.split("-");
            int dim = Integer.parseInt(p[0]);
            int size = Integer.parseInt(p[1]);
            int k = Integer.parseInt(p[2]);
            int n = dim == 1 ? size : size * size;
            rows.add(new double[] {n, k, nanosPerStep(dim, size, k)});
        }
        double[][] x = new double[rows.size()][];
        double[] y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            double n = rows.get(i)[0];
            x[i] = new double[] {n * Math.log(n) / Math.log(2), n * rows.get(i)[1]};
            y[i] = rows.get(i)[2];
        }
        OLSMultipleLinearRegression fit = new OLSMultipleLinearRegression();
        fit.newSampleData(y, x);
        double[] beta = fit.estimateRegressionParameters(); // c, a, b
        System.out.println("| shape (dim-size-K) | N | K | ns per step | model a·N log₂N + b·N·K + c | measured / model |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (int i = 0; i < rows.size(); i++) {
            double model = beta[0] + beta[1] * x[i][0] + beta[2] * x[i][1];
            System.out.println(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %.2f |",
                    shapes.get(i), rows.get(i)[0], rows.get(i)[1], y[i], model, y[i] / model));
        }
        System.out.println(String.format(Locale.ROOT, "fit: a = %.3f ns per N log2 N, b = %.3f ns per N·K, c = %.0f ns",
                beta[1], beta[2], beta[0]));
    }

    /** Median thread-CPU nanoseconds of one sample + step at this shape. */
    static double nanosPerStep(int dim, int size, int k) {
        TwoLayerConfig cfg = TwoLayerConfig.from(TwoLayerSchema.PARAMS.resolve(Map.of(
                "dim", dim, "size", size, "width", k, "xi", dim == 1 ? List.of(3, 10) : List.of(1, 2), "gain", 3))); // ξ does not change the cost; (1, 3) is not PSD on a 10×10 torus
        SampleStream train = InputModel.of(cfg.input()).stream(RandomStreams.create(0, RandomStreams.TRAIN));
        SgdTrainer trainer = new SgdTrainer(TwoLayerNet.initial(cfg, RandomStreams.create(0, RandomStreams.WEIGHTS)), cfg);
        double[] xs = new double[cfg.pixels()];
        int[] classes = new int[1];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long warmStart = mx.getCurrentThreadCpuTime();
        for (long i = 0; i < 30_000 || mx.getCurrentThreadCpuTime() - warmStart < 1_000_000_000L; i++) {
            classes[0] = train.next(xs, 0); // the JIT's C2 tiers for this shape's code paths
            sink += trainer.step(xs, classes) ? 1 : 0;
        }
        long ops = 64;
        double[] ns = new double[7];
        for (int r = -4; r < ns.length; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (long i = 0; i < ops; i++) {
                classes[0] = train.next(xs, 0);
                sink += trainer.step(xs, classes) ? 1 : 0;
            }
            long dt = mx.getCurrentThreadCpuTime() - t0;
            if (r >= 0) {
                ns[r] = dt / (double) ops;
            } else if (dt < 300_000_000L) { // warm-up rounds also size the repetitions to ~0.3 s
                ops = Math.max(ops, (long) (ops * 3e8 / Math.max(dt, 1)));
            }
        }
        if (sink < 0) {
            throw new AssertionError();
        }
        Arrays.sort(ns);
        return ns[ns.length / 2];
    }
}
