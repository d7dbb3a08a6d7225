package org.rfsweep.kernel.twolayer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rfsweep.data.InputConfig;
import org.rfsweep.data.InputModel;
import org.rfsweep.data.SampleStream;
import org.rfsweep.kernel.RandomStreams;

/**
 * A/B helper for a loaded machine: times the {@link TrainingBenchmark} step (or the sample alone)
 * in thread CPU time rather than wall time, so that time spent descheduled by other processes
 * does not count. Prints the minimum and median over repetitions, in ns per operation.
 * Usage: {@code java ... CpuTimeHarness step|sample|net [dim-size-width] [reps]} (net: the step
 * without sampling, on one fixed sample).
 */
public final class CpuTimeHarness {
    private CpuTimeHarness() {
    }

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "step";
        String shape = args.length > 1 ? args[1] : "1-400-8";
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        double[] ns = measure(what, shape, reps);
        System.out.println(String.format(Locale.ROOT, "%s %s: min %.0f median %.0f ns/op (%d)",
                what, shape, ns[0], ns[reps / 2], reps));
    }

    /** The configuration of the benchmark at a shape "dim-size-width": NLGP, g = 3. */
    static TwoLayerConfig config(String shape) {
        String[] p = shape.split("-");
        return TwoLayerConfig.from(TwoLayerSchema.PARAMS.resolve(Map.of(
                "dim", Integer.parseInt(p[0]), "size", Integer.parseInt(p[1]), "width", Integer.parseInt(p[2]),
                "xi", p[0].equals("1") ? List.of(3, 10) : List.of(1, 3), "gain", 3)));
    }

    /** The benchmark's input distribution at that shape. */
    public static InputConfig nlgpInput(String shape) {
        return config(shape).input();
    }

    /** Median thread-CPU ns of the network's step alone (forward and update, no sampling). */
    public static double netNanos(String shape) {
        return measure("net", shape, 9)[4];
    }

    /** Sorted per-op thread-CPU ns of {@code reps} repetitions of 100,000 ops, after 5 warm-ups. */
    static double[] measure(String what, String shape, int reps) {
        TwoLayerConfig cfg = config(shape);
        SampleStream train = InputModel.of(cfg.input()).stream(RandomStreams.create(0, RandomStreams.TRAIN));
        SgdTrainer trainer = new SgdTrainer(TwoLayerNet.initial(cfg, RandomStreams.create(0, RandomStreams.WEIGHTS)), cfg);
        double[] x = new double[cfg.pixels()];
        int[] classes = new int[1];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int ops = 100_000;
        double[] ns = new double[reps];
        long sink = 0;
        for (int r = -5; r < reps; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < ops; i++) {
                if (!what.equals("net") || i == 0) {
                    classes[0] = train.next(x, 0);
                }
                if (!what.equals("sample")) {
                    sink += trainer.step(x, classes) ? 1 : 0;
                }
            }
            long t1 = mx.getCurrentThreadCpuTime();
            if (r >= 0) {
                ns[r] = (t1 - t0) / (double) ops;
            }
        }
        if (sink < 0) {
            throw new AssertionError();
        }
        Arrays.sort(ns);
        return ns;
    }
}
