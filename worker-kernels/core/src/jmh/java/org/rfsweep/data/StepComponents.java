package org.rfsweep.data;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rfsweep.kernel.RandomStreams;
import org.rfsweep.kernel.twolayer.CpuTimeHarness;
import org.rfsweep.math.Erf;
import org.rfsweep.math.Fft;

/**
 * The step of twolayer-sgd at 1-D N = 400, K = 8 taken apart the way the C yardstick's {@code cb}
 * mode takes its own apart (../shared/bench/climit), per SGD step, in thread CPU time: N standard
 * normals (BulkNormals), half a complex FFT (two samples per transform), N erf (the NLGP map),
 * the network's forward pass and update ({@link CpuTimeHarness}'s {@code net} mode), and the
 * whole sampler. Usage:
 * {@code mvn -B -q -pl worker-kernels/core -Pbench test -Dbench.main=org.rfsweep.data.StepComponents -Djmh.args=}
 * and, in the same minute, {@code /tmp/rfsweep-climit cb 8 1 400000}.
 */
public final class StepComponents {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private StepComponents() {
    }

    private interface Op {
        void run(int i);
    }

    /** Median thread-CPU ns of one call of op, over 9 repetitions of {@code reps} calls. */
    private static double time(int reps, Op op) {
        double[] ns = new double[9];
        for (int r = -3; r < ns.length; r++) {
            long t0 = MX.getCurrentThreadCpuTime();
            for (int i = 0; i < reps; i++) {
                op.run(i);
            }
            long dt = MX.getCurrentThreadCpuTime() - t0;
            if (r >= 0) {
                ns[r] = dt / (double) reps;
            }
        }
        Arrays.sort(ns);
        return ns[ns.length / 2];
    }

    public static void main(String[] args) {
        int n = 400;
        BulkNormals normals = BulkNormals.of(RandomStreams.create(0, RandomStreams.TRAIN));
        double[] z = new double[2 * n];
        double tn = time(100_000, i -> {
            normals.nextLong();
            normals.fill(z, 0, 2 * n);
        }) / 2;
        Fft fft = Fft.of(n);
        double[] re = Arrays.copyOfRange(z, 0, n);
        double[] im = Arrays.copyOfRange(z, n, 2 * n);
        double tf = time(100_000, i -> {
            fft.forward(re, im);
            re[i % n] *= 1e-3; // keep the values finite and changing
        }) / 2;
        double[] x = new double[n];
        double[] latent = Arrays.copyOfRange(z, 0, n); // unit-variance latent values, as the map sees them
        double tin = 3 / Math.sqrt(2);
        double te = time(100_000, i -> {
            Erf.erf(latent, 0, x, 0, n, tin, 0.9);
            latent[i % n] += 1e-9;
        });
        SampleStream stream = InputModel.of(CpuTimeHarness.nlgpInput("1-400-8"))
                .stream(RandomStreams.create(0, RandomStreams.TRAIN));
        double ts = time(100_000, i -> stream.next(x, 0));
        double tu = CpuTimeHarness.netNanos("1-400-8");
        System.out.println(String.format(Locale.ROOT,
                "rfsweep 1-400-8: normals=%.0f fft=%.0f erf=%.0f fwd+upd=%.0f | sum=%.0f full_sampler=%.0f ns/step",
                tn, tf, te, tu, tn + tf + te + tu, ts));
    }
}
