package org.rfsweep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.openjdk.jmh.annotations.Param;
import org.rfsweep.data.InputModel;
import org.rfsweep.data.SampleStream;
import org.rfsweep.kernel.RandomStreams;

/**
 * The sampling cost of every input family against the NLGP's (issue 12's target: at most 1.5×
 * per pixel), in thread CPU time, so that it can be measured on a shared machine: for each of
 * {@link SamplerBenchmark}'s cases, the median of 9 repetitions of 100,000 samples after a
 * warm-up of 1 s, in ns per sample and per pixel, and the ratio to nlgp-1d-400 (nlgp-2d-20 for the
 * 2-D case). Usage:
 * {@code mvn -B -q -pl worker-kernels/core -Pbench test -Dbench.main=org.rfsweep.bench.FamilyCost -Djmh.args=}
 */
public final class FamilyCost {
    private FamilyCost() {
    }

    public static void main(String[] args) throws NoSuchFieldException {
        String[] cases = args.length > 0 ? args
                : SamplerBenchmark.class.getField("input").getAnnotation(Param.class).value();
        double nlgp1 = Double.NaN;
        double nlgp2 = Double.NaN;
        System.out.println("| input | ns per sample | ns per pixel | / NLGP |");
        System.out.println("|---|---:|---:|---:|");
        for (String c : cases) {
            InputModel model = c.contains("|") ? SamplerBenchmark.family(c) : SamplerBenchmark.nlgp(c);
            SampleStream stream = model.stream(RandomStreams.create(1, RandomStreams.TRAIN));
            double ns = nanosPerSample(stream);
            boolean twoD = c.endsWith("|2|20") || c.equals("nlgp-2d-20");
            if (c.equals("nlgp-1d-400")) {
                nlgp1 = ns;
            } else if (c.equals("nlgp-2d-20")) {
                nlgp2 = ns;
            }
            System.out.println(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.2f |", c.replace("|", " "), ns,
                    ns / stream.pixels(), ns / (twoD ? nlgp2 : nlgp1)));
        }
    }

    static double nanosPerSample(SampleStream stream) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] x = new double[stream.pixels()];
        long sink = 0;
        long start = mx.getCurrentThreadCpuTime();
        while (mx.getCurrentThreadCpuTime() - start < 1_000_000_000L) {
            for (int i = 0; i < 1000; i++) {
                sink += stream.next(x, 0);
            }
        }
        double[] ns = new double[9];
        for (int r = 0; r < ns.length; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 100_000; i++) {
                sink += stream.next(x, 0);
            }
            ns[r] = (mx.getCurrentThreadCpuTime() - t0) / 1e5;
        }
        if (sink < 0) {
            throw new AssertionError();
        }
        Arrays.sort(ns);
        return ns[ns.length / 2];
    }
}
