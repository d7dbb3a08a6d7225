package org.rfsweep.kernel.twolayer;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.rfsweep.data.InputModel;
import org.rfsweep.data.SampleStream;
import org.rfsweep.kernel.RandomStreams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Training throughput on one thread, sampling included: one operation is one online SGD step
 * (draw a sample, forward, update), exactly the body of {@link TrainingRun}'s loop, so the score
 * in ops/s is SGD steps/s. Targets (issue 3): ≥ 250,000 at 1-D N=400, K=8; reported for K=64 and
 * 2-D 20×20, K=8. Run with {@code -prof gc} to see that a step allocates nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrainingBenchmark {
    /** dim-size-width: 1-400-8, 1-400-64, 2-20-8. */
    @Param({"1-400-8", "1-400-64", "2-20-8"})
    public String shape;

    private SampleStream train;
    private SgdTrainer trainer;
    private double[] x;
    private final int[] classes = new int[1];

    @Setup
    public void setUp() {
        String[] p = shape.split("-");
        TwoLayerConfig cfg = TwoLayerConfig.from(TwoLayerSchema.PARAMS.resolve(Map.of(
                "dim", Integer.parseInt(p[0]), "size", Integer.parseInt(p[1]), "width", Integer.parseInt(p[2]),
                "xi", p[0].equals("1") ? java.util.List.of(3, 10) : java.util.List.of(1, 3), "gain", 3)));
        InputModel model = InputModel.of(cfg.input());
        train = model.stream(RandomStreams.create(0, RandomStreams.TRAIN));
        TwoLayerNet net = TwoLayerNet.initial(cfg, RandomStreams.create(0, RandomStreams.WEIGHTS));
        trainer = new SgdTrainer(net, cfg);
        x = new double[cfg.pixels()];
    }

    @Benchmark
    public boolean step() {
        classes[0] = train.next(x, 0);
        return trainer.step(x, classes);
    }
}
