package org.rfsweep.kernel.twolayer;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole default trial (1-D N=400, K=8, T=1000, test_size 20,000, 200 snapshots, 40
 * evaluations) through {@link TwoLayerSgdKernel#run}, on one core, in a JVM capped at
 * {@code -Xmx100m}: it completing at all shows the heap per trial stays within 100 MB. Targets
 * (issue 3): ≤ 3 s per trial, with the test-set evaluation (measured separately by
 * {@link EvaluationBenchmark}: the same 41 passes over the same test set) ≤ 30 % of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx100m", "-Xms100m"})
public class TrialBenchmark {
    private final TwoLayerSgdKernel kernel = new TwoLayerSgdKernel();
    private TrialSpec spec;

    @Setup
    public void setUp() {
        spec = TrialSpec.of(kernel, TwoLayerSchema.PARAMS.resolve(Map.of()));
    }

    @Benchmark
    public TrialResult defaultTrial() {
        TrialResult result = kernel.run(spec);
        if (result.status() != TrialStatus.OK) {
            throw new IllegalStateException("benchmark trial did not complete: " + result.message());
        }
        return result;
    }
}
