package org.rfsweep.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.MetricRole;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.NeuronResult;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.RandomStreams;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.Trajectory;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;

/**
 * A fast deterministic kernel for driver tests. Its metrics are arbitrary but exact functions of
 * (x, xi, seed) drawn from {@link RandomStreams}, so any change in what reaches the kernel or the
 * tables shows. {@code mode} makes it misbehave on purpose:
 * ok; throw (an exception, i.e. a failed row); diverge (a DIVERGED result); sleep (sleep_ms, then
 * ok; interruptible); error-once (an {@link Error}, an infrastructure failure, the first time a
 * trial id is seen, keyed by a marker file in the directory named by the system property
 * {@code rfsweep.test.markers}); throw-once (an exception the first time, then ok); spin (busy arithmetic for {@code work} iterations, then ok).
 */
public final class TestKernel implements Kernel {
    public static final String NAME = "test-kernel";
    public static final String MARKERS = "rfsweep.test.markers";

    static final ParamSchema SCHEMA = new ParamSchema(List.of(
            ParamDef.real("x", 1, -1e6, false, 1e6, "a real parameter"),
            ParamDef.pair("xi", new DoublePair(1, 2), 0, true, Double.NaN, "a pair parameter"),
            ParamDef.integer("width", 3, 1, 64, "neurons in the result"),
            ParamDef.integer("snapshots", 4, 0, 1000, "trajectory length"),
            ParamDef.choice("mode", "ok", List.of("ok", "throw", "diverge", "sleep", "error-once", "throw-once", "spin"),
                    "how to behave"),
            ParamDef.integer("sleep_ms", 0, 0, 600_000, "sleep before returning, in mode sleep"),
            ParamDef.longValue("work", 0, 0, "busy-loop iterations in mode spin"),
            ParamDef.bool("flag", false, "a boolean parameter"),
            ParamDef.longValue("seed", 0, 0, "seed")));

    static final List<MetricSpec> METRICS = List.of(
            new MetricSpec("loss", "x^2 + u, u ~ U(0,1) from the seed"),
            new MetricSpec("score", "xi0 * u2 + xi1"),
            new MetricSpec("n_localised", "1 if x > 0 else 0").withRoles(MetricRole.LOCALISED_COUNT),
            new MetricSpec("undefined", "NaN unless x > 10"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String description() {
        return "driver test kernel";
    }

    @Override
    public ParamSchema schema() {
        return SCHEMA;
    }

    @Override
    public List<MetricSpec> metrics() {
        return METRICS;
    }

    @Override
    public void validate(ResolvedParams params) {
        // every combination is valid
    }

    @Override
    public double estimateCost(ResolvedParams params) {
        return 1 + params.getInt("sleep_ms") + params.getLong("work") / 1e5 + Math.abs(params.getDouble("x"));
    }

    @Override
    public TrialResult run(TrialSpec spec) {
        ResolvedParams p = spec.params();
        switch (p.getString("mode")) {
            case "throw" -> throw new IllegalStateException("boom at x=" + p.getDouble("x"));
            case "diverge" -> {
                return new TrialResult(TrialStatus.DIVERGED, "NaN in weights", 7, 7, nanScalars(),
                        Trajectory.EMPTY, List.of());
            }
            case "sleep" -> sleep(p.getInt("sleep_ms"));
            case "error-once" -> {
                if (firstTime(spec.trialId())) {
                    throw new AssertionError("simulated infrastructure failure for " + spec.trialId());
                }
            }
            case "throw-once" -> {
                if (firstTime(spec.trialId())) {
                    throw new IllegalStateException("transient failure of " + spec.trialId());
                }
            }
            case "spin" -> spin(p.getLong("work"));
            default -> {
                // ok
            }
        }
        return compute(p);
    }

    private static TrialResult compute(ResolvedParams p) {
        UniformRandomProvider rng = RandomStreams.create(p.getLong("seed"), "test");
        double x = p.getDouble("x");
        DoublePair xi = p.getPair("xi");
        Map<String, Double> s = new LinkedHashMap<>();
        s.put("loss", x * x + rng.nextDouble());
        s.put("score", xi.first() * rng.nextDouble() + xi.second());
        s.put("n_localised", x > 0 ? 1.0 : 0.0);
        s.put("undefined", x > 10 ? x : Double.NaN);
        int k = p.getInt("width");
        int n = p.getInt("snapshots");
        long[] steps = new long[n];
        double[] times = new double[n];
        double[] loss = new double[n];
        double[] acc = new double[n];
        double[] mean = new double[n];
        double[] max = new double[n];
        double[][] per = new double[n][k];
        for (int i = 0; i < n; i++) {
            steps[i] = 10L * i;
            times[i] = i / 10.0;
            loss[i] = i % 2 == 0 ? rng.nextDouble() : Double.NaN;
            acc[i] = i % 2 == 0 ? rng.nextDouble() : Double.NaN;
            for (int j = 0; j < k; j++) {
                per[i][j] = rng.nextDouble();
                mean[i] += per[i][j] / k;
                max[i] = Math.max(max[i], per[i][j]);
            }
        }
        List<NeuronResult> neurons = new java.util.ArrayList<>();
        for (int j = 0; j < k; j++) {
            double[] w = {rng.nextDouble(), rng.nextDouble(), rng.nextDouble(), rng.nextDouble()};
            neurons.add(new NeuronResult(j, rng.nextDouble() - 0.5, w, rng.nextDouble(), new double[] {j},
                    new double[] {1.5}, rng.nextDouble(), j % 2 == 0));
        }
        return new TrialResult(TrialStatus.OK, null, -1, 10L * n, s,
                new Trajectory(steps, times, loss, acc, mean, max, per), neurons);
    }

    private static Map<String, Double> nanScalars() {
        Map<String, Double> s = new LinkedHashMap<>();
        for (MetricSpec m : METRICS) {
            s.put(m.name(), Double.NaN);
        }
        return s;
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** True the first time a trial id is seen by any JVM sharing the marker directory. */
    private static boolean firstTime(String trialId) {
        Path dir = Path.of(System.getProperty(MARKERS));
        try {
            Files.createFile(dir.resolve(trialId));
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deterministic busy work standing in for training: a logistic-map iteration. */
    private static void spin(long iterations) {
        double v = 0.3;
        for (long i = 0; i < iterations; i++) {
            v = 3.9 * v * (1 - v);
        }
        if (v == 42) {
            throw new IllegalStateException("unreachable, keeps the loop alive");
        }
    }
}
