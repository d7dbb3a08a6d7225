package org.rfsweep.bench;

import java.util.concurrent.TimeUnit;
import org.rfsweep.data.InputConfig;
import org.rfsweep.data.InputKind;
import org.rfsweep.data.InputModel;
import org.rfsweep.data.InputParams;
import org.rfsweep.kernel.ParamSchema;
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

/**
 * Cost of drawing one input sample (normals + FFT + the family's pixel map), the data half of an
 * SGD step. The first three cases are the NLGP's from before the other families; the others are
 * "data parameters|dim|size" resolved like a spec (xi (3, 10) in 1-D, (1, 3) in 2-D).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SamplerBenchmark {
    @Param({"nlgp-1d-400", "gp-1d-400", "nlgp-2d-20",
        "inputs=norta,marginal=alg,shape=6|1|400", "inputs=norta,marginal=laplace|1|400",
        "inputs=norta,marginal=uniform|1|400", "inputs=norta,marginal=sign|1|400",
        "inputs=norta,marginal=alg,shape=6,control=gaussian|1|400",
        "inputs=elliptical,radial=shell|1|400", "inputs=elliptical,radial=student-t,shape=6|1|400",
        "inputs=elliptical,radial=lsg|1|400", "inputs=ising|1|400", "inputs=norta,marginal=alg,shape=6|2|20"})
    public String input;

    private SampleStream stream;
    private double[] x;

    @Setup
    public void setUp() {
        InputModel model = input.contains("|") ? family(input) : nlgp(input);
        stream = model.stream(RandomStreams.create(1, RandomStreams.TRAIN));
        x = new double[stream.pixels()];
    }

    static InputModel family(String input) {
        String[] parts = input.split("\\|");
        int dim = Integer.parseInt(parts[1]);
        java.util.Map<String, Object> raw = new java.util.HashMap<>();
        raw.put("dim", dim);
        raw.put("size", Integer.parseInt(parts[2]));
        raw.put("xi", dim == 1 ? java.util.List.of(3, 10) : java.util.List.of(1, 3));
        for (String kv : parts[0].split(",")) {
            String[] p = kv.split("=");
            raw.put(p[0], p[0].equals("shape") ? (Object) Double.parseDouble(p[1]) : p[1]);
        }
        return InputModel.of(InputConfig.from(new ParamSchema(InputParams.all()).resolve(raw)));
    }

    static InputModel nlgp(String input) {
        String[] parts = input.split("-");
        InputKind kind = InputKind.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
        int dim = parts[1].equals("2d") ? 2 : 1;
        int size = Integer.parseInt(parts[2]);
        DoublePair xi = dim == 1 ? new DoublePair(3, 10) : new DoublePair(1, 3);
        return InputModel.of(new InputConfig(kind, dim, size, true, xi, 3.0, 1e-3));
    }

    @Benchmark
    public int oneSample() {
        return stream.next(x, 0);
    }
}
