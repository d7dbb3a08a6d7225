package org.rfsweep.analysis.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfsweep.data.SampleStream;
import org.rfsweep.kernel.twolayer.TestSet;

/**
 * The patch-AGOP against a brute-force computation at small sizes: unfold each image into its
 * patches, perturb every entry of every patch independently (central differences of ŷ as a
 * function of the unfolded patches), and sum the per-patch gradient outer products over positions
 * and images. 1-D and 2-D, mean and max pooling, circular and valid.
 */
class PatchAgopTest {

    /** A stream replaying fixed images (class 0 for all: the AGOP does not read labels). */
    private static SampleStream replay(double[][] images) {
        return new SampleStream() {
            private int next;

            @Override
            public int pixels() {
                return images[0].length;
            }

            @Override
            public int next(double[] x, int offset) {
                System.arraycopy(images[next++], 0, x, offset, images[0].length);
                return 0;
            }
        };
    }

    /** ŷ as a function of the unfolded patches u (positions × taps), written out. */
    private static double outputOfPatches(ConvNet net, double[] u) {
        double out = 0;
        for (int k = 0; k < net.k; k++) {
            double pooled = net.maxPool ? Double.NEGATIVE_INFINITY : 0;
            for (int p = 0; p < net.positions; p++) {
                double dot = 0;
                for (int j = 0; j < net.taps; j++) {
                    dot += net.filters[k][j] * u[p * net.taps + j];
                }
                double s = net.activation.value(dot * net.inputScale + net.b[k]);
                pooled = net.maxPool ? Math.max(pooled, s) : pooled + s / net.positions;
            }
            out += net.v[k] * pooled;
        }
        return out / net.norm;
    }

    private static double[] bruteForce(ConvNet net, TestSet test) {
        Patches patches = Patches.of(net);
        int t = net.taps;
        double[] g = new double[t * t];
        double[] x = new double[net.n];
        double[] u = new double[patches.index().length];
        double eps = 1e-5;
        for (int img = 0; img < test.size(); img++) {
            test.copySample(img, x, 0);
            patches.unfold(x, 0, u);
            for (int p = 0; p < net.positions; p++) {
                double[] grad = new double[t];
                for (int j = 0; j < t; j++) {
                    int i = p * t + j;
                    double saved = u[i];
                    u[i] = saved + eps;
                    double up = outputOfPatches(net, u);
                    u[i] = saved - eps;
                    double down = outputOfPatches(net, u);
                    u[i] = saved;
                    grad[j] = (up - down) / (2 * eps);
                }
                for (int a = 0; a < t; a++) {
                    for (int b = 0; b < t; b++) {
                        g[a * t + b] += grad[a] * grad[b] / test.size();
                    }
                }
            }
        }
        return g;
    }

    private static void check(Map<String, Object> raw, String label) {
        ConvConfig cfg = ConvPassTest.config(raw);
        ConvNet net = ConvPassTest.randomNet(cfg, label.hashCode());
        double[][] images = new double[5][];
        for (int i = 0; i < images.length; i++) {
            images[i] = ConvPassTest.randomInput(net.n, 100 + i);
        }
        TestSet test = TestSet.draw(replay(images), images.length);
        double[] fast = PatchAgop.of(net, test, images.length);
        double[] slow = bruteForce(net, test);
        double scale = 0;
        for (double v : slow) {
            scale = Math.max(scale, Math.abs(v));
        }
        assertTrue(scale > 1e-6, label + ": AGOP vanishes");
        for (int i = 0; i < fast.length; i++) {
            // central differences with step 1e-5: truncation ~1e-10 of an O(1) gradient, rounding ~1e-11
            assertEquals(slow[i], fast[i], 1e-7 * scale, label + " entry " + i);
        }
    }

    @Test
    void equalsTheBruteForcePerPatchGradientSum() {
        for (String pool : List.of("mean", "max")) {
            for (String conv : List.of("circular", "valid")) {
                check(Map.of("size", 11, "width", 3, "xi", List.of(1.0, 2.0), "filter_width", 4, "pooling", pool,
                        "convolution", conv, "readout", "trained"), "1-D " + pool + " " + conv);
                check(Map.of("dim", 2, "size", 5, "width", 3, "xi", List.of(1.0, 1.5), "filter_width", 3,
                        "pooling", pool, "convolution", conv, "readout", "lazy", "activation", "tanh"),
                        "2-D " + pool + " " + conv);
            }
        }
    }

    @Test
    void theFilterCovarianceAndCosineAreWhatTheyClaim() {
        ConvNet net = ConvPassTest.randomNet(ConvPassTest.config(Map.of("size", 11, "width", 2, "xi",
                List.of(1.0, 2.0), "filter_width", 4)), 1);
        double[] w = PatchAgop.filterCovariance(net);
        assertEquals((net.filters[0][1] * net.filters[0][2] + net.filters[1][1] * net.filters[1][2]) / 2, w[6], 1e-15);
        assertEquals(1, PatchAgop.cosine(w, scaled(w, 3.5)), 1e-15);
        assertEquals(-1, PatchAgop.cosine(w, scaled(w, -2)), 1e-15);
    }

    private static double[] scaled(double[] a, double c) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = c * a[i];
        }
        return out;
    }
}
