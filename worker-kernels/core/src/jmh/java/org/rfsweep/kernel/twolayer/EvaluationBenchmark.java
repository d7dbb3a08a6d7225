package org.rfsweep.kernel.twolayer;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.rfsweep.data.InputModel;
import org.rfsweep.kernel.RandomStreams;
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
 * The test-set share of a default trial: all of its scheduled evaluations (41: t = 0, 39
 * log-spaced, the end), each a full pass over the default 20,000-sample test set at N=400, K=8.
 * Compare with {@link TrialBenchmark}; the target is ≤ 30 % of the whole trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {
    private TwoLayerNet net;
    private TestSet.Evaluator evaluator;
    private int evaluations;

    @Setup
    public void setUp() {
        TwoLayerConfig cfg = TwoLayerConfig.from(TwoLayerSchema.PARAMS.resolve(Map.of()));
        InputModel model = InputModel.of(cfg.input());
        TestSet testSet = TestSet.draw(model.stream(RandomStreams.create(0, RandomStreams.TEST)), cfg.testSize());
        net = TwoLayerNet.initial(cfg, RandomStreams.create(0, RandomStreams.WEIGHTS));
        evaluator = testSet.evaluator(net.k, new double[] {cfg.targetOfClass0(), cfg.targetOfClass1()},
                cfg.threshold());
        evaluations = Schedule.of(cfg.time(), cfg.pixels(), cfg.totalSteps(), cfg.snapshots(),
                cfg.evaluations()).evaluations();
    }

    @Benchmark
    public double allEvaluationsOfATrial() {
        double sum = 0;
        for (int e = 0; e < evaluations; e++) {
            evaluator.evaluate(net);
            sum += evaluator.loss();
        }
        return sum;
    }
}
