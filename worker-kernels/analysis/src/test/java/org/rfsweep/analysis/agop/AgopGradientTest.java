package org.rfsweep.analysis.agop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.rfsweep.analysis.linalg.SymmetricEigen;
import org.rfsweep.data.InputModel;
import org.rfsweep.kernel.twolayer.TestSet;
import org.rfsweep.kernel.twolayer.TwoLayerConfig;
import org.rfsweep.kernel.twolayer.TwoLayerNet;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;

/** ∇ₓf against central finite differences, and G against the naive per-sample outer-product sum. */
class AgopGradientTest {
    private static final List<String> ACTIVATIONS = List.of("erf", "relu", "tanh", "sigmoid", "linear", "cubic");
    private static final List<String> READOUTS = List.of("mean-field", "committee", "lazy", "trained");

    static TwoLayerConfig config(Map<String, Object> raw) {
        return TwoLayerConfig.from(TwoLayerSchema.PARAMS.resolve(raw));
    }

    /** A network with O(1) random weights, biases and readout, so σ' varies across neurons. */
    static TwoLayerNet randomNet(TwoLayerConfig cfg, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        TwoLayerNet net = TwoLayerNet.initial(cfg, rng);
        for (double[] row : net.w) {
            for (int i = 0; i < row.length; i++) {
                row[i] = 2 * rng.nextDouble() - 1;
            }
        }
        for (int k = 0; k < net.k; k++) {
            net.b[k] = 2 * rng.nextDouble() - 1;
            if (cfg.readout().trained()) {
                net.v[k] = 2 * rng.nextDouble() - 1;
            }
        }
        return net;
    }

    /** f(x) = Σ_k v_k σ(s w_k·x + b_k) / norm, written out independently of the network's code. */
    static double output(TwoLayerNet net, double[] x) {
        double out = 0;
        for (int k = 0; k < net.k; k++) {
            double dot = 0;
            for (int i = 0; i < net.n; i++) {
                dot += net.w[k][i] * x[i];
            }
            out += net.v[k] * net.activation.value(dot * net.inputScale + net.b[k]);
        }
        return out / net.norm;
    }

    /**
     * Central differences with step 1e-5 have truncation error ~ε²|f'''| ≈ 1e-10 and rounding
     * error ~1e-16/ε ≈ 1e-11 here, well inside the 1e-6 tolerance (relative to |∇f|); with random
     * inputs no ReLU pre-activation lies within ε·|w| of its kink.
     */
    @Test
    void gradientEqualsCentralDifferencesForEveryActivationAndReadout() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7);
        for (String act : ACTIVATIONS) {
            for (String readout : READOUTS) {
                for (String scale : List.of("sqrt-n", "none")) {
                    TwoLayerConfig cfg = config(Map.of("size", 9, "width", 5, "activation", act, "readout", readout,
                            "input_scale", scale));
                    TwoLayerNet net = randomNet(cfg, act.hashCode() + 31L * readout.hashCode());
                    double[] x = new double[9];
                    for (int i = 0; i < 9; i++) {
                        x[i] = 2 * rng.nextDouble() - 1;
                    }
                    double[] grad = new double[9];
                    Agop.gradient(net, x, 0, grad);
                    double norm = 0;
                    for (double g : grad) {
                        norm = Math.max(norm, Math.abs(g));
                    }
                    assertTrue(norm > 1e-3, act + " " + readout + ": gradient vanishes");
                    double eps = 1e-5;
                    for (int i = 0; i < 9; i++) {
                        double[] up = x.clone();
                        double[] down = x.clone();
                        up[i] += eps;
                        down[i] -= eps;
                        double fd = (output(net, up) - output(net, down)) / (2 * eps);
                        assertEquals(fd, grad[i], 1e-6 * norm, act + " " + readout + " " + scale + " pixel " + i);
                    }
                }
            }
        }
    }

    /** G from the K × K factorisation equals Σ_p g_p g_pᵀ / P summed naively (P = 150 spans three blocks). */
    @Test
    void agopEqualsTheNaiveOuterProductSum() {
        for (String readout : List.of("mean-field", "trained")) {
            TwoLayerConfig cfg = config(Map.of("size", 7, "width", 3, "xi", List.of(1.0, 2.0), "readout", readout));
            TwoLayerNet net = randomNet(cfg, 3);
            InputModel model = InputModel.of(cfg.input());
            TestSet test = TestSet.draw(model.stream(RandomSource.XO_RO_SHI_RO_128_PP.create(11L)), 200);
            int p = 150;
            double[] g = Agop.of(net, test, p);
            double[] naive = naiveAgop(net, test, p);
            double max = 0;
            for (double v : naive) {
                max = Math.max(max, Math.abs(v));
            }
            for (int i = 0; i < naive.length; i++) {
                assertEquals(naive[i], g[i], 1e-12 * max, "entry " + i);
                assertEquals(g[(i % 7) * 7 + i / 7], g[i], 1e-12 * max, "symmetry " + i);
            }
            assertEigenpairs(g, 7);
        }
    }

    /** G's eigenpairs from the breeze adapter satisfy G u = λ u to 1e-10 (relative to |G|). */
    private static void assertEigenpairs(double[] g, int n) {
        SymmetricEigen e = SymmetricEigen.of(g, n);
        double scale = Math.max(Math.abs(e.values()[0]), Math.abs(e.values()[n - 1]));
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < n; i++) {
                double gu = 0;
                for (int j = 0; j < n; j++) {
                    gu += g[i * n + j] * e.vectors()[r * n + j];
                }
                assertEquals(e.values()[r] * e.vectors()[r * n + i], gu, 1e-10 * scale, "pair " + r);
            }
        }
        // G = Wᵀ M W has rank at most K = 3: the other eigenvalues vanish
        assertEquals(0, e.values()[3], 1e-12 * scale);
    }

    private static double[] naiveAgop(TwoLayerNet net, TestSet test, int samples) {
        int n = net.n;
        double[] out = new double[n * n];
        double[] x = new double[n];
        for (int p = 0; p < samples; p++) {
            for (int i = 0; i < n; i++) {
                x[i] = test.pixel(p, i);
            }
            double[] grad = new double[n];
            for (int k = 0; k < net.k; k++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += net.w[k][i] * x[i];
                }
                double c = net.v[k] * net.activation.derivative(dot * net.inputScale + net.b[k]) * net.inputScale
                        / net.norm;
                for (int i = 0; i < n; i++) {
                    grad[i] += c * net.w[k][i];
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    out[i * n + j] += grad[i] * grad[j] / samples;
                }
            }
        }
        return out;
    }

    @Test
    void weightGramIsWTransposeW() {
        TwoLayerNet net = randomNet(config(Map.of("size", 6, "width", 4)), 5);
        double[] wtw = Agop.weightGram(net);
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                double s = 0;
                for (int k = 0; k < 4; k++) {
                    s += net.w[k][i] * net.w[k][j];
                }
                assertEquals(s, wtw[i * 6 + j], 1e-14);
            }
        }
    }
}
