package org.rfsweep.analysis.singleneuron;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rfsweep.data.InputConfig;
import org.rfsweep.data.InputKind;
import org.rfsweep.data.InputModel;
import org.rfsweep.data.SampleStream;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.RandomStreams;
import org.rfsweep.kernel.twolayer.Activation;

/**
 * {@link GradientStep}'s gradient of L = (1/B) Σ (σ(w·x·scale + b) − y)² equals central finite
 * differences of a naive evaluation of L, to 1e-6 relative (step 1e-5: truncation error ~1e-10
 * relative for these smooth-enough losses; ReLU is differentiable wherever no h_b is within 1e-5 of 0,
 * which holds for these draws).
 */
class GradientTest {
    private static final int N = 12;
    private static final int B = 7;

    private static double naiveLoss(double[] w, double b, double scale, Activation act, double[] xs, double[] y) {
        double sum = 0;
        for (int s = 0; s < B; s++) {
            double h = b;
            for (int i = 0; i < N; i++) {
                h += w[i] * xs[s * N + i] * scale;
            }
            double d = act.value(h) - y[s];
            sum += d * d;
        }
        return sum / B;
    }

    @Test
    void gradientEqualsFiniteDifferences() {
        InputConfig c = new InputConfig(InputKind.NLGP, 1, N, true, new DoublePair(1, 1.5), 2, 1e-3);
        SampleStream stream = InputModel.of(c).stream(RandomStreams.create(1, RandomStreams.TRAIN));
        double[] xs = new double[B * N];
        double[] y = new double[B];
        for (int s = 0; s < B; s++) {
            y[s] = stream.next(xs, s * N) == 0 ? 1 : 0;
        }
        Random rnd = new Random(3);
        for (String name : List.of("relu", "cubic", "erf", "tanh")) {
            for (double scale : new double[] {1, 1 / Math.sqrt(N)}) {
                double[] w = new double[N];
                for (int i = 0; i < N; i++) {
                    w[i] = 0.4 * rnd.nextGaussian();
                }
                double b = 0.3;
                Activation act = Activation.of(name, 0.8, 0.4);
                GradientStep step = new GradientStep(new Neuron(w.clone(), b, scale, act));
                for (int s = 0; s < B; s++) {
                    step.add(xs, s * N, y[s]);
                }
                assertEquals(naiveLoss(w, b, scale, act, xs, y), step.loss(), 1e-14);
                double[] grad = new double[N];
                double gb = step.gradient(grad);
                for (int i = 0; i < N; i++) {
                    double[] wp = w.clone();
                    double[] wm = w.clone();
                    wp[i] += 1e-5;
                    wm[i] -= 1e-5;
                    double fd = (naiveLoss(wp, b, scale, act, xs, y) - naiveLoss(wm, b, scale, act, xs, y)) / 2e-5;
                    assertEquals(fd, grad[i], 1e-6 * Math.max(1, Math.abs(fd)), name + " w" + i);
                }
                double fdb = (naiveLoss(w, b + 1e-5, scale, act, xs, y) - naiveLoss(w, b - 1e-5, scale, act, xs, y)) / 2e-5;
                assertEquals(fdb, gb, 1e-6 * Math.max(1, Math.abs(fdb)), name + " bias");
            }
        }
    }

    /** One step moves w by −lr ∂L/∂w and the bias only when it is trained. */
    @Test
    void applyMovesAgainstTheGradient() {
        double[] x = {1, -2, 0.5};
        Neuron neuron = new Neuron(new double[] {0.1, 0.2, -0.3}, 0.05, 1, Activation.of("linear", 1, 0));
        GradientStep step = new GradientStep(neuron);
        step.add(x, 0, 1);
        double[] g = new double[3];
        double gb = step.gradient(g);
        // h = 0.1 - 0.4 - 0.15 + 0.05 = -0.4; dL/dw = 2 (h - 1) x = -2.8 x
        assertEquals(-2.8, g[0], 1e-15);
        assertEquals(-2.8, gb, 1e-15);
        step.apply(0.1, false);
        assertEquals(0.1 + 0.28, neuron.w[0], 1e-15);
        assertEquals(0.2 - 0.56, neuron.w[1], 1e-15);
        assertEquals(0.05, neuron.b, 0.0);
    }
}
