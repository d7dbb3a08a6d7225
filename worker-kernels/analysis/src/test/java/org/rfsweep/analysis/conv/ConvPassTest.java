package org.rfsweep.analysis.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The conv net's forward pass against a naive loop, its backward pass against finite differences. */
class ConvPassTest {
    private static final List<String> ACTIVATIONS = List.of("erf", "relu", "tanh", "sigmoid", "linear", "cubic");

    static ConvConfig config(Map<String, Object> raw) {
        return ConvConfig.from(ConvSchema.PARAMS.resolve(raw));
    }

    /** A network with O(1) random filters, biases and readout. */
    static ConvNet randomNet(ConvConfig cfg, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ConvNet net = ConvNet.initial(cfg, rng);
        for (double[] f : net.filters) {
            for (int j = 0; j < f.length; j++) {
                f[j] = 2 * rng.nextDouble() - 1;
            }
        }
        for (int k = 0; k < net.k; k++) {
            net.b[k] = 2 * rng.nextDouble() - 1;
            net.v[k] = 2 * rng.nextDouble() - 1;
        }
        return net;
    }

    static double[] randomInput(int n, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 * rng.nextDouble() - 1;
        }
        return x;
    }

    /** ŷ written out with index arithmetic: circular positions wrap with mod N. */
    static double naiveOutput(ConvNet net, double[] x) {
        double out = 0;
        for (int k = 0; k < net.k; k++) {
            double pooled = net.maxPool ? Double.NEGATIVE_INFINITY : 0;
            for (int p = 0; p < net.positions; p++) {
                double s = net.activation.value(naivePreActivation(net, x, k, p));
                pooled = net.maxPool ? Math.max(pooled, s) : pooled + s / net.positions;
            }
            out += net.v[k] * pooled;
        }
        return out / net.norm;
    }

    static double naivePreActivation(ConvNet net, double[] x, int k, int p) {
        double dot = 0;
        for (int j = 0; j < net.width; j++) {
            dot += net.filters[k][j] * x[(p + j) % net.n];
        }
        return dot * net.inputScale + net.b[k];
    }

    @Test
    void forwardEqualsTheNaiveLoop() {
        for (String conv : List.of("circular", "valid")) {
            for (String pool : List.of("mean", "max")) {
                ConvConfig cfg = config(Map.of("size", 23, "width", 3, "xi", List.of(1.0, 2.0), "filter_width", 7,
                        "convolution", conv, "pooling", pool, "readout", "trained"));
                ConvNet net = randomNet(cfg, 1);
                assertEquals(conv.equals("circular") ? 23 : 17, net.positions);
                double[] x = randomInput(23, 2);
                ConvPass pass = ConvPass.of(net);
                double yHat = pass.forward(x, 0);
                for (int k = 0; k < 3; k++) {
                    for (int p = 0; p < net.positions; p++) {
                        assertEquals(naivePreActivation(net, x, k, p), pass.preActivation(k, p), 1e-13,
                                conv + " h[" + k + "][" + p + "]");
                    }
                }
                assertEquals(naiveOutput(net, x), yHat, 1e-13, conv + " " + pool);
            }
        }
    }

    /**
     * Gradients of L = (ŷ − y)² for every filter weight, bias and readout weight against central
     * differences (step 1e-6; truncation ~1e-12, rounding ~1e-10), to 1e-6 relative to the largest
     * gradient entry. With random inputs no max-pool argmax or ReLU kink lies within ε.
     */
    @Test
    void backwardEqualsFiniteDifferences() {
        for (String act : ACTIVATIONS) {
            for (String conv : List.of("circular", "valid")) {
                for (String pool : List.of("mean", "max")) {
                    ConvConfig cfg = config(Map.of("size", 13, "width", 3, "xi", List.of(1.0, 2.0),
                            "filter_width", 5, "convolution", conv, "pooling", pool, "activation", act,
                            "readout", "lazy"));
                    checkGradients(randomNet(cfg, act.hashCode()), randomInput(13, 5), act + " " + conv + " " + pool);
                }
            }
        }
    }

    private static void checkGradients(ConvNet net, double[] x, String label) {
        double y = 1;
        ConvPass pass = ConvPass.of(net);
        double[][] gf = new double[net.k][net.width];
        double[] gb = new double[net.k];
        double[] gv = new double[net.k];
        double yHat = pass.forward(x, 0);
        pass.backward(2 * (yHat - y), gf, gb, gv);
        double scale = 0;
        for (int k = 0; k < net.k; k++) {
            scale = Math.max(scale, Math.abs(gb[k]));
            scale = Math.max(scale, Math.abs(gv[k]));
            for (double g : gf[k]) {
                scale = Math.max(scale, Math.abs(g));
            }
        }
        assertTrue(scale > 1e-4, label + ": gradient vanishes");
        for (int k = 0; k < net.k; k++) {
            for (int j = 0; j < net.width; j++) {
                assertEquals(fd(net, x, y, net.filters[k], j), gf[k][j], 1e-6 * scale, label + " f" + k + j);
            }
            assertEquals(fd(net, x, y, net.b, k), gb[k], 1e-6 * scale, label + " b" + k);
            assertEquals(fd(net, x, y, net.v, k), gv[k], 1e-6 * scale, label + " v" + k);
        }
    }

    private static double fd(ConvNet net, double[] x, double y, double[] param, int i) {
        double eps = 1e-6;
        double saved = param[i];
        param[i] = saved + eps;
        double up = naiveOutput(net, x) - y;
        param[i] = saved - eps;
        double down = naiveOutput(net, x) - y;
        param[i] = saved;
        return (up * up - down * down) / (2 * eps);
    }

    /** One mini-batch step moves every parameter by −rate × the batch-mean gradient, with twolayer's rates. */
    @Test
    void trainerStepUsesTheTwoLayerRates() {
        ConvConfig cfg = config(Map.of("size", 13, "width", 4, "xi", List.of(1.0, 2.0), "filter_width", 5,
                "batch", 2, "readout", "trained", "lr", 0.3));
        ConvNet net = randomNet(cfg, 9);
        ConvNet before = randomNet(cfg, 9);
        double[] xs = new double[26];
        System.arraycopy(randomInput(13, 1), 0, xs, 0, 13);
        System.arraycopy(randomInput(13, 2), 0, xs, 13, 13);
        int[] classes = {0, 1};
        double[][] gf = new double[4][5];
        double[] gb = new double[4];
        double[] gv = new double[4];
        ConvPass pass = ConvPass.of(before);
        for (int s = 0; s < 2; s++) {
            double yHat = pass.forward(xs, s * 13);
            pass.backward(2 * (yHat - (s == 0 ? 1 : -1)) / 2, gf, gb, gv);
        }
        assertTrue(new ConvTrainer(net, cfg.base()).step(xs, classes));
        double lrF = 0.3; // trained readout: first-layer factor 1
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < 5; j++) {
                assertEquals(before.filters[k][j] - lrF * gf[k][j], net.filters[k][j], 1e-14);
            }
            assertEquals(before.b[k] - lrF / 13 * gb[k], net.b[k], 1e-14);
            assertEquals(before.v[k] - 0.3 / 13 * gv[k], net.v[k], 1e-14);
        }
    }
}
