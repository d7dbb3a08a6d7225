package org.rfsweep.kernel.twolayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.RandomStreams;

/** The optimised SGD step against {@link NaiveTwoLayer}, for every readout × bias × activation. */
class SgdTrainerTest {
    private static final int N = 37; // odd and not a multiple of 4: exercises every loop tail
    private static final int K = 15; // one block of eight, one of four, three single neurons
    private static final int STEPS = 1000;

    static Stream<Arguments> modes() {
        List<Arguments> out = new ArrayList<>();
        for (String readout : List.of("mean-field", "committee", "lazy", "trained")) {
            for (String bias : List.of("trained", "fixed", "zero")) {
                for (String act : List.of("erf", "relu", "tanh", "sigmoid", "linear", "cubic")) {
                    out.add(Arguments.of(readout, bias, act, 1, "sqrt-n", "pm1"));
                }
                out.add(Arguments.of(readout, bias, "erf", 3, "sqrt-n", "pm1"));
                out.add(Arguments.of(readout, bias, "relu", 4, "none", "binary"));
                out.add(Arguments.of(readout, bias, "tanh", 1, "none", "pm1"));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} batch={3} scale={4} labels={5}")
    @MethodSource("modes")
    void optimisedStepEqualsNaive(String readout, String bias, String act, int batch, String scale, String labels) {
        // input_scale none multiplies pre-activations by √N: a smaller rate keeps the cubic and linear runs finite.
        double lr = scale.equals("none") ? 0.002 : 0.05;
        TwoLayerConfig cfg = config(readout, bias, act, batch, scale, labels, lr);
        TwoLayerNet net = TwoLayerNet.initial(cfg, RandomStreams.create(7, RandomStreams.WEIGHTS));
        NaiveTwoLayer naive = new NaiveTwoLayer(net, readout, bias, scale.equals("sqrt-n"), lr,
                labels.equals("binary"), net.activation);
        SgdTrainer trainer = new SgdTrainer(net, cfg);
        WhiteNoiseStream data = new WhiteNoiseStream(N, 1.5, RandomStreams.create(7, RandomStreams.TRAIN));
        double[] xs = new double[batch * N];
        int[] classes = new int[batch];
        double[][] rows = new double[batch][N];
        for (int step = 0; step < STEPS; step++) {
            data.next(xs, classes, batch);
            for (int s = 0; s < batch; s++) {
                System.arraycopy(xs, s * N, rows[s], 0, N);
            }
            assertTrue(trainer.step(xs, classes), "finite at step " + step);
            naive.step(rows, classes);
        }
        for (int j = 0; j < K; j++) {
            for (int i = 0; i < N; i++) {
                assertClose(naive.w[j][i], net.w[j][i], "w[" + j + "][" + i + "]");
            }
            assertClose(naive.b[j], net.b[j], "b[" + j + "]");
            assertClose(naive.v[j], net.v[j], "v[" + j + "]");
        }
        assertMoved(net, cfg);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), what);
    }

    /** The comparison must not be vacuous: training changed the weights. */
    private static void assertMoved(TwoLayerNet net, TwoLayerConfig cfg) {
        TwoLayerNet fresh = TwoLayerNet.initial(cfg, RandomStreams.create(7, RandomStreams.WEIGHTS));
        double change = 0;
        for (int j = 0; j < net.k; j++) {
            for (int i = 0; i < net.n; i++) {
                change = Math.max(change, Math.abs(net.w[j][i] - fresh.w[j][i]));
            }
        }
        assertTrue(change > 1e-4, "weights moved by " + change);
    }

    @Test
    void nonFiniteOutputStopsTheStepAndLeavesParametersUntouched() {
        TwoLayerConfig cfg = config("committee", "zero", "linear", 1, "sqrt-n", "pm1", 0.05);
        TwoLayerNet net = TwoLayerNet.initial(cfg, RandomStreams.create(1, RandomStreams.WEIGHTS));
        net.w[1][5] = Double.POSITIVE_INFINITY;
        double before = net.w[0][3];
        double[] x = new double[N];
        java.util.Arrays.fill(x, 1);
        assertFalse(new SgdTrainer(net, cfg).step(x, new int[] {0}));
        assertEquals(before, net.w[0][3]);
    }

    static TwoLayerConfig config(String readout, String bias, String act, int batch, String scale, String labels,
                                 double lr) {
        return TwoLayerConfig.from(TwoLayerSchema.PARAMS.resolve(Map.of("size", N, "width", K, "readout", readout,
                "bias", bias, "activation", act, "batch", batch, "input_scale", scale, "labels", labels, "lr", lr)));
    }
}
