package org.rfsweep.analysis.conv;

/**
 * The forward and backward pass of a {@link ConvNet} on one sample, with its workspace allocated
 * once: per filter the pre-activations, σ, σ' and the pooling's argmax. Subclasses hold the input
 * in the form their convolution reads ({@link RingConvPass} in 1-D, {@link UnfoldedConvPass}, the
 * patches unfolded, in 2-D).
 *
 * <p>Backward (after {@link #forward}), for an output gradient e = ∂L/∂ŷ:
 *
 * <pre>
 *   δ_kp    = e v_k / norm · σ'(h_kp) · (1/P for mean pooling | [p = argmax_p σ(h_kp)] for max)
 *   ∂L/∂f_kj = s Σ_p δ_kp patch_p[j]     ∂L/∂b_k = Σ_p δ_kp      ∂L/∂v_k = e a_k / norm
 * </pre>
 *
 * and the patch coefficients of the convolutional feature ansatz ({@link #patchCoefficients}).
 */
abstract class ConvPass {
    final ConvNet net;
    final double[][] h;
    final double[][] s;
    final double[][] ds;
    final double[] pooled;
    final int[] argmax;
    final double[] delta;

    ConvPass(ConvNet net) {
        this.net = net;
        this.h = new double[net.k][net.positions];
        this.s = new double[net.k][net.positions];
        this.ds = new double[net.k][net.positions];
        this.pooled = new double[net.k];
        this.argmax = new int[net.k];
        this.delta = new double[net.positions];
    }

    /** The pass for the net's dimension. */
    static ConvPass of(ConvNet net) {
        return net.dim == 1 ? new RingConvPass(net) : new UnfoldedConvPass(net, Patches.of(net));
    }

    /** Reads sample {@code x[off .. off + N)} into the subclass's input form. */
    abstract void load(double[] x, int off);

    /** h[kk][p] = s · (f_k · patch_p) + b_k for every position. */
    abstract void convolve(int kk);

    /** gf[j] += s Σ_p delta[p] patch_p[j]. */
    abstract void filterGradient(double[] gf);

    /** gf[j] += d · s · patch_q[j]. */
    abstract void addPatch(double[] gf, int q, double d);

    /**
     * ŷ for the sample {@code x[off .. off + N)}; keeps what {@link #backward} needs.
     *
     * @param x input. Not modified.
     */
    double forward(double[] x, int off) {
        load(x, off);
        double out = 0;
        for (int kk = 0; kk < net.k; kk++) {
            convolve(kk);
            net.activation.apply(h[kk], 0, s[kk], ds[kk], net.positions);
            pooled[kk] = net.maxPool ? max(kk) : mean(s[kk]);
            out += net.v[kk] * pooled[kk];
        }
        return out / net.norm;
    }

    private double max(int kk) {
        double[] row = s[kk];
        int best = 0;
        for (int q = 1; q < row.length; q++) {
            if (row[q] > row[best]) {
                best = q;
            }
        }
        argmax[kk] = best;
        return row[best];
    }

    private static double mean(double[] row) {
        double sum = 0;
        for (double value : row) {
            sum += value;
        }
        return sum / row.length;
    }

    /**
     * Adds the gradients of the last forward pass, for ∂L/∂ŷ = {@code e}, to the accumulators.
     *
     * @param gradF K rows of taps. Modified.
     * @param gradB K. Modified.
     * @param gradV K. Modified.
     */
    void backward(double e, double[][] gradF, double[] gradB, double[] gradV) {
        for (int kk = 0; kk < net.k; kk++) {
            double g = e * net.v[kk] / net.norm;
            gradV[kk] += e * pooled[kk] / net.norm;
            if (net.maxPool) {
                int q = argmax[kk];
                double d = g * ds[kk][q];
                gradB[kk] += d;
                addPatch(gradF[kk], q, d);
            } else {
                gradB[kk] += meanPoolDeltas(kk, g);
                filterGradient(gradF[kk]);
            }
        }
    }

    /** δ_kp = g σ'(h_kp) / P into the delta buffer; returns Σ_p δ_kp. */
    private double meanPoolDeltas(int kk, double g) {
        double c = g / net.positions;
        double[] d = ds[kk];
        double sum = 0;
        for (int q = 0; q < net.positions; q++) {
            delta[q] = c * d[q];
            sum += delta[q];
        }
        return sum;
    }

    /**
     * The coefficients of the gradient of ŷ with respect to each patch as an independent input
     * (Beaglehole et al. arXiv 2309.00570; SCIENCE.md §9), after {@link #forward}:
     * ∇_{patch_p} ŷ = Σ_k c_kp f_k with c_kp = v_k / norm · s · σ'(h_kp) · (1/P for mean pooling,
     * [p = argmax] for max).
     *
     * @param c positions × K, row-major (c[p·K + k]). Modified.
     */
    void patchCoefficients(double[] c) {
        int k = net.k;
        for (int kk = 0; kk < k; kk++) {
            double g = net.v[kk] / net.norm * net.inputScale;
            double[] d = ds[kk];
            for (int q = 0; q < net.positions; q++) {
                double w = net.maxPool ? (q == argmax[kk] ? 1 : 0) : 1.0 / net.positions;
                c[q * k + kk] = g * d[q] * w;
            }
        }
    }

    /** The pre-activation h_kp of the last forward pass (for tests). */
    double preActivation(int kk, int q) {
        return h[kk][q];
    }

    /** The pooled feature a_k of the last forward pass. */
    double pooled(int kk) {
        return pooled[kk];
    }

    /** Whether every pre-activation of the last forward pass was finite. */
    boolean finite() {
        double sum = 0;
        for (double[] row : h) {
            for (double value : row) {
                sum += value;
            }
        }
        return Double.isFinite(sum);
    }
}
