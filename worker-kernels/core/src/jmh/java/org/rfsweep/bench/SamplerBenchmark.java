package org.rfsweep.bench;

import java.util.concurrent.TimeUnit;
import org.rfsweep.data.InputConfig;
import org.rfsweep.data.InputKind;
import org.rfsweep.data.InputModel;
import org.rfsweep.data.SampleStream;
import org.rfsweep.kernel.DoublePair;
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

/** Cost of drawing one input sample (normals + FFT + erf), the data half of an SGD step. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SamplerBenchmark {
    @Param({"nlgp-1d-400", "gp-1d-400", "nlgp-2d-20"})
    public String input;

    private SampleStream stream;
    private double[] x;

    @Setup
    public void setUp() {
        String[] parts = input.split("-");
        InputKind kind = InputKind.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
        int dim = parts[1].equals("2d") ? 2 : 1;
        int size = Integer.parseInt(parts[2]);
        DoublePair xi = dim == 1 ? new DoublePair(3, 10) : new DoublePair(1, 3);
        InputModel model = InputModel.of(new InputConfig(kind, dim, size, true, xi, 3.0, 1e-3));
        stream = model.stream(RandomStreams.create(1, RandomStreams.TRAIN));
        x = new double[stream.pixels()];
    }

    @Benchmark
    public int oneSample() {
        return stream.next(x, 0);
    }
}
