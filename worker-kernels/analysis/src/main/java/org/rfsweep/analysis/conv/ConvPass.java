package org.rfsweep.analysis.conv;

/**
 * The forward and backward pass of a {@link ConvNet} on one sample, with its workspace allocated
 * once: the input extended by its first F − 1 pixels (so the circular convolution is a plain
 * sliding dot product, h_kp = s Σ_j f_kj xe_{p+j}), and per filter the pre-activations, σ, σ' and
 * the pooling's argmax.
 *
 * <p>Backward (after {@link #forward}), for an output gradient e = ∂L/∂ŷ:
 *
 * <pre>
 *   δ_kp    = e v_k / norm · σ'(h_kp) · (1/P for mean pooling | [p = argmax_p σ(h_kp)] for max)
 *   ∂L/∂f_kj = s Σ_p δ_kp xe_{p+j}      ∂L/∂b_k = Σ_p δ_kp      ∂L/∂v_k = e a_k / norm
 * </pre>
 *
 * <p>Implementation note: Java does not reassociate floating-point sums, so a single dot product
 * runs at one FMA per FMA latency; the forward pass computes four positions at a time and the
 * filter gradient four filter taps at a time, four independent FMA chains sharing each load.
 */
final class ConvPass {
    private final ConvNet net;
    private final double[] xe;
    private final double[][] h;
    private final double[][] s;
    private final double[][] ds;
    private final double[] pooled;
    private final int[] argmax;
    private final double[] delta;

    ConvPass(ConvNet net) {
        this.net = net;
        this.xe = new double[net.n + net.width - 1];
        this.h = new double[net.k][net.positions];
        this.s = new double[net.k][net.positions];
        this.ds = new double[net.k][net.positions];
        this.pooled = new double[net.k];
        this.argmax = new int[net.k];
        this.delta = new double[net.positions];
    }

    /**
     * ŷ for the sample {@code x[off .. off + N)}; keeps what {@link #backward} needs.
     *
     * @param x input. Not modified.
     */
    double forward(double[] x, int off) {
        extend(x, off);
        double out = 0;
        for (int kk = 0; kk < net.k; kk++) {
            convolve(kk);
            net.activation.apply(h[kk], 0, s[kk], ds[kk], net.positions);
            pooled[kk] = net.maxPool ? max(kk) : mean(s[kk]);
            out += net.v[kk] * pooled[kk];
        }
        return out / net.norm;
    }

    private void extend(double[] x, int off) {
        int n = net.n;
        System.arraycopy(x, off, xe, 0, n);
        if (net.circular) {
            System.arraycopy(x, off, xe, n, net.width - 1);
        }
    }

    private void convolve(int kk) {
        double[] row = h[kk];
        double[] f = net.filters[kk];
        int p = net.positions;
        int w = net.width;
        int q = 0;
        for (; q + 4 <= p; q += 4) {
            double a0 = 0;
            double a1 = 0;
            double a2 = 0;
            double a3 = 0;
            for (int j = 0; j < w; j++) {
                double c = f[j];
                a0 = Math.fma(c, xe[q + j], a0);
                a1 = Math.fma(c, xe[q + 1 + j], a1);
                a2 = Math.fma(c, xe[q + 2 + j], a2);
                a3 = Math.fma(c, xe[q + 3 + j], a3);
            }
            row[q] = a0;
            row[q + 1] = a1;
            row[q + 2] = a2;
            row[q + 3] = a3;
        }
        for (; q < p; q++) {
            double a = 0;
            for (int j = 0; j < w; j++) {
                a = Math.fma(f[j], xe[q + j], a);
            }
            row[q] = a;
        }
        double scale = net.inputScale;
        double bias = net.b[kk];
        for (q = 0; q < p; q++) {
            row[q] = row[q] * scale + bias;
        }
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
     * @param gradF K rows of F. Modified.
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
                double[] gf = gradF[kk];
                for (int j = 0; j < net.width; j++) {
                    gf[j] += d * net.inputScale * xe[q + j];
                }
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

    private void filterGradient(double[] gf) {
        int p = net.positions;
        int w = net.width;
        int j = 0;
        for (; j + 4 <= w; j += 4) {
            double a0 = 0;
            double a1 = 0;
            double a2 = 0;
            double a3 = 0;
            for (int q = 0; q < p; q++) {
                double d = delta[q];
                a0 = Math.fma(d, xe[q + j], a0);
                a1 = Math.fma(d, xe[q + j + 1], a1);
                a2 = Math.fma(d, xe[q + j + 2], a2);
                a3 = Math.fma(d, xe[q + j + 3], a3);
            }
            gf[j] += net.inputScale * a0;
            gf[j + 1] += net.inputScale * a1;
            gf[j + 2] += net.inputScale * a2;
            gf[j + 3] += net.inputScale * a3;
        }
        for (; j < w; j++) {
            double a = 0;
            for (int q = 0; q < p; q++) {
                a = Math.fma(delta[q], xe[q + j], a);
            }
            gf[j] += net.inputScale * a;
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
