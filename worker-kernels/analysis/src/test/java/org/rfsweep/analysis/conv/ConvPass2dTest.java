package org.rfsweep.analysis.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 2-D conv pass (F × F filters on the torus, circular padding, or the valid positions)
 * against a naive loop with index arithmetic mod size, its gradients against central
 * differences, and the unfolded pass against the 1-D sliding pass on a ring.
 */
class ConvPass2dTest {
    private static final List<String> ACTIVATIONS = List.of("erf", "relu", "tanh", "linear", "cubic");

    private static ConvConfig config2d(int size, int f, String conv, String pool, String act) {
        return ConvPassTest.config(Map.of("dim", 2, "size", size, "width", 3, "xi", List.of(1.0, 1.5),
                "filter_width", f, "convolution", conv, "pooling", pool, "activation", act, "readout", "lazy"));
    }

    /** h_kp with the 2-D indices written out: position (pr, pc), tap (a, c), pixel mod size. */
    static double naivePreActivation(ConvNet net, double[] x, int k, int p) {
        int perAxis = net.circular ? net.side : net.side - net.width + 1;
        int pr = p / perAxis;
        int pc = p % perAxis;
        double dot = 0;
        for (int a = 0; a < net.width; a++) {
            for (int c = 0; c < net.width; c++) {
                dot += net.filters[k][a * net.width + c]
                        * x[((pr + a) % net.side) * net.side + (pc + c) % net.side];
            }
        }
        return dot * net.inputScale + net.b[k];
    }

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

    @Test
    void forwardEqualsTheNaiveTorusLoop() {
        for (String conv : List.of("circular", "valid")) {
            for (String pool : List.of("mean", "max")) {
                ConvNet net = ConvPassTest.randomNet(config2d(7, 3, conv, pool, "erf"), 3);
                assertEquals(9, net.taps);
                assertEquals(conv.equals("circular") ? 49 : 25, net.positions);
                double[] x = ConvPassTest.randomInput(49, 4);
                ConvPass pass = ConvPass.of(net);
                double yHat = pass.forward(x, 0);
                for (int k = 0; k < 3; k++) {
                    for (int p = 0; p < net.positions; p++) {
                        assertEquals(naivePreActivation(net, x, k, p), pass.preActivation(k, p), 1e-13);
                    }
                }
                assertEquals(naiveOutput(net, x), yHat, 1e-13, conv + " " + pool);
            }
        }
    }

    /** Central differences (step 1e-6) of L = (ŷ − 1)², to 1e-6 relative to the largest gradient entry. */
    @Test
    void backwardEqualsFiniteDifferencesInTwoDimensions() {
        for (String act : ACTIVATIONS) {
            for (String conv : List.of("circular", "valid")) {
                for (String pool : List.of("mean", "max")) {
                    ConvNet net = ConvPassTest.randomNet(config2d(6, 3, conv, pool, act), act.hashCode() + 7);
                    double[] x = ConvPassTest.randomInput(36, 8);
                    ConvPass pass = ConvPass.of(net);
                    double[][] gf = new double[net.k][net.taps];
                    double[] gb = new double[net.k];
                    double[] gv = new double[net.k];
                    pass.backward(2 * (pass.forward(x, 0) - 1), gf, gb, gv);
                    double scale = 0;
                    for (int k = 0; k < net.k; k++) {
                        scale = Math.max(scale, Math.max(Math.abs(gb[k]), Math.abs(gv[k])));
                        for (double g : gf[k]) {
                            scale = Math.max(scale, Math.abs(g));
                        }
                    }
                    String label = act + " " + conv + " " + pool;
                    assertTrue(scale > 1e-4, label);
                    for (int k = 0; k < net.k; k++) {
                        for (int j = 0; j < net.taps; j++) {
                            assertEquals(fd(net, x, net.filters[k], j), gf[k][j], 1e-6 * scale, label + " f" + k + j);
                        }
                        assertEquals(fd(net, x, net.b, k), gb[k], 1e-6 * scale, label + " b" + k);
                        assertEquals(fd(net, x, net.v, k), gv[k], 1e-6 * scale, label + " v" + k);
                    }
                }
            }
        }
    }

    private static double fd(ConvNet net, double[] x, double[] param, int i) {
        double eps = 1e-6;
        double saved = param[i];
        param[i] = saved + eps;
        double up = naiveOutput(net, x) - 1;
        param[i] = saved - eps;
        double down = naiveOutput(net, x) - 1;
        param[i] = saved;
        return (up * up - down * down) / (2 * eps);
    }

    @Test
    void theUnfoldedPassEqualsTheSlidingPassOnARing() {
        for (String conv : List.of("circular", "valid")) {
            ConvConfig cfg = ConvPassTest.config(Map.of("size", 17, "width", 3, "xi", List.of(1.0, 2.0),
                    "filter_width", 5, "convolution", conv));
            ConvNet net = ConvPassTest.randomNet(cfg, 2);
            double[] x = ConvPassTest.randomInput(17, 3);
            ConvPass ring = ConvPass.of(net);
            ConvPass unfolded = new UnfoldedConvPass(net, Patches.of(net));
            assertTrue(ring instanceof RingConvPass);
            assertEquals(ring.forward(x, 0), unfolded.forward(x, 0), 1e-14);
            double[][] g1 = new double[3][5];
            double[][] g2 = new double[3][5];
            ring.backward(0.7, g1, new double[3], new double[3]);
            unfolded.backward(0.7, g2, new double[3], new double[3]);
            for (int k = 0; k < 3; k++) {
                for (int j = 0; j < 5; j++) {
                    assertEquals(g1[k][j], g2[k][j], 1e-14);
                }
            }
        }
    }

    @Test
    void liftAndFoldAreAdjoint() {
        // <lift(A), Q> = <A, fold(Q)>: both are sum_p sum_jl A_jl Q[idx(p,j), idx(p,l)]
        Patches patches = Patches.of(2, 5, 2, true);
        double[] a = ConvPassTest.randomInput(16, 1);
        double[] q = ConvPassTest.randomInput(625, 2);
        double[] lifted = patches.lift(a);
        double[] folded = patches.fold(q);
        double left = 0;
        for (int i = 0; i < q.length; i++) {
            left += lifted[i] * q[i];
        }
        double right = 0;
        for (int i = 0; i < a.length; i++) {
            right += a[i] * folded[i];
        }
        assertEquals(left, right, 1e-12);
        // the identity patch matrix lifts to taps x I: every pixel sits in taps patches
        double[] id = patches.lift(new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1});
        assertEquals(4, id[7 * 25 + 7], 0.0);
        assertEquals(0, id[7 * 25 + 8], 0.0);
    }
}
