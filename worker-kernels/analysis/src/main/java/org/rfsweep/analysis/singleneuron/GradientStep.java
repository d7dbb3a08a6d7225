package org.rfsweep.analysis.singleneuron;

import java.util.Arrays;

/**
 * One plain gradient-descent step of a {@link Neuron} on the mean squared error of a batch,
 * L = (1/B) Σ_b (ŷ_b − y_b)², as Lufkin, Saxe &amp; Grant's code does ({@code mse} then
 * {@code loss.mean()}, no ½): ∂L/∂w_i = (2/B) Σ_b (ŷ_b − y_b) σ'(h_b) · scale · x_bi and
 * ∂L/∂b = (2/B) Σ_b (ŷ_b − y_b) σ'(h_b).
 *
 * <p>Samples are added one at a time ({@link #add}), so a batch never needs storing: the weights
 * stay fixed while a batch is accumulated and move once in {@link #apply}. The gradient buffer is
 * allocated once per trial.
 */
final class GradientStep {
    private final Neuron neuron;
    private final double[] grad;
    private double gradBias;
    private double lossSum;
    private int count;

    GradientStep(Neuron neuron) {
        this.neuron = neuron;
        this.grad = new double[neuron.n];
    }

    /**
     * Adds sample {@code x[off .. off + N)} with target y to the batch; returns its pre-activation
     * (non-finite when the weights diverged).
     *
     * @param x the sample. Not modified.
     */
    double add(double[] x, int off, double target) {
        Neuron nr = neuron;
        double h = nr.preActivation(x, off);
        double err = nr.activation.value(h) - target;
        double delta = err * nr.activation.derivative(h);
        double c = delta * nr.scale;
        for (int i = 0; i < grad.length; i++) {
            grad[i] += c * x[off + i];
        }
        gradBias += delta;
        lossSum += err * err;
        count++;
        return h;
    }

    /** The batch's mean squared error so far. */
    double loss() {
        return lossSum / count;
    }

    /**
     * The gradient of the batch loss: ∂L/∂w into {@code out[0 .. N)}, returns ∂L/∂b.
     *
     * @param out destination. Modified.
     */
    double gradient(double[] out) {
        double f = 2.0 / count;
        for (int i = 0; i < grad.length; i++) {
            out[i] = f * grad[i];
        }
        return f * gradBias;
    }

    /**
     * w ← w − lr ∂L/∂w (and b likewise when {@code trainBias}); then starts a new batch. Returns
     * whether the new weights and bias are all finite.
     */
    boolean apply(double lr, boolean trainBias) {
        double f = lr * 2.0 / count;
        double[] w = neuron.w;
        double check = 0; // NaN or infinite as soon as any weight is
        for (int i = 0; i < w.length; i++) {
            w[i] -= f * grad[i];
            check += w[i] * 0;
        }
        if (trainBias) {
            neuron.b -= f * gradBias;
        }
        reset();
        return check == 0 && Double.isFinite(neuron.b);
    }

    /** Discards the batch. */
    void reset() {
        Arrays.fill(grad, 0);
        gradBias = 0;
        lossSum = 0;
        count = 0;
    }
}
