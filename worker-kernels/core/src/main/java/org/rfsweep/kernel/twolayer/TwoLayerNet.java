package org.rfsweep.kernel.twolayer;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The parameters of the two-layer network (SCIENCE.md §3; Ingrosso &amp; Goldt 2022, eq. 2):
 *
 * <pre>
 *   h_k = w_k · x · inputScale + b_k,   inputScale = 1/√N (input_scale sqrt-n) or 1 (none)
 *   ŷ   = Σ_k v_k σ(h_k) / norm
 * </pre>
 *
 * with the first layer stored as one flat array per neuron: {@code w[k][i]} is weight i of
 * neuron k. The arrays are public state of the trainer and the metrics; they are modified in
 * place by {@link SgdTrainer} and read by everything else.
 *
 * <p>Implementation note: one contiguous {@code double[]} per row rather than a single K×N
 * array, because on JDK 17 HotSpot's superword pass does not vectorise the update
 * {@code w[k·N + i] += c·x[i]} (the two accesses have different loop-invariant offsets, which it
 * cannot co-align), while {@code w_k[i] += c·x[i]} vectorises: measured on the reference machine
 * at N = 400, K = 8, 1.2 µs against 0.28 µs per step, the largest single cost of the network
 * part. Each row is still a flat array, allocated once per trial.
 */
public final class TwoLayerNet {
    /** N, the input dimension. */
    public final int n;
    /** K, the number of hidden neurons. */
    public final int k;
    /** First-layer weights: row k is neuron k's N weights. */
    public final double[][] w;
    /** Hidden biases, K. */
    public final double[] b;
    /** Second-layer weights, K. */
    public final double[] v;
    /** 1/√N or 1. */
    public final double inputScale;
    /** The output divisor (K, √K or 1). */
    public final double norm;
    /** σ. */
    public final Activation activation;

    private TwoLayerNet(int n, int k, double inputScale, double norm, Activation activation) {
        this.n = n;
        this.k = k;
        this.w = new double[k][n];
        this.b = new double[k];
        this.v = new double[k];
        this.inputScale = inputScale;
        this.norm = norm;
        this.activation = activation;
    }

    /**
     * The initial network of a trial: w ~ N(0, init_std²) drawn row by row (neuron 0 first), then,
     * for a trained readout, v ~ N(0, init_std²), else v = 1; biases ±bias_init (first ⌊K/2⌋
     * neurons +) or zero. All draws come from {@code weightsRng} (the WEIGHTS stream).
     */
    public static TwoLayerNet initial(TwoLayerConfig cfg, UniformRandomProvider weightsRng) {
        int n = cfg.pixels();
        TwoLayerNet net = new TwoLayerNet(n, cfg.width(), cfg.scaleInput() ? 1 / Math.sqrt(n) : 1,
                cfg.readout().norm(cfg.width()), Activation.of(cfg.activation(), cfg.alpha(), cfg.beta()));
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(weightsRng);
        for (double[] row : net.w) {
            for (int i = 0; i < n; i++) {
                row[i] = cfg.initStd() * normal.sample();
            }
        }
        for (int j = 0; j < net.k; j++) {
            net.v[j] = cfg.readout().trained() ? cfg.initStd() * normal.sample() : 1;
            net.b[j] = cfg.bias().initial(j, net.k, cfg.biasInit());
        }
        return net;
    }

    /**
     * Writes the raw dot products d_k = w_k · x for neurons [0, K) into {@code out[outOff ..]}.
     * Eight neurons at a time (then four with two accumulators each, then one with four), so
     * eight independent FMA chains hide the FMA latency: Java does not reassociate floating-point
     * sums, so a single-accumulator dot product would run at one FMA per latency period. The
     * eight-row form also loads each x_i once per eight FMAs (measured 0.51 µs against 0.75 µs
     * for the four-row form at N = 400, K = 8).
     *
     * @param x   input, N values from {@code xOff}. Not modified.
     * @param out destination. Modified.
     */
    public void dots(double[] x, int xOff, double[] out, int outOff) {
        int kk = 0;
        for (; kk + 8 <= k; kk += 8) {
            dots8(kk, x, xOff, out, outOff + kk);
        }
        for (; kk + 4 <= k; kk += 4) {
            dots4(kk, x, xOff, out, outOff + kk);
        }
        for (; kk < k; kk++) {
            out[outOff + kk] = dot1(kk, x, xOff);
        }
    }

    private void dots8(int k0, double[] x, int xOff, double[] out, int outOff) {
        double[] w0 = w[k0];
        double[] w1 = w[k0 + 1];
        double[] w2 = w[k0 + 2];
        double[] w3 = w[k0 + 3];
        double[] w4 = w[k0 + 4];
        double[] w5 = w[k0 + 5];
        double[] w6 = w[k0 + 6];
        double[] w7 = w[k0 + 7];
        double a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
        for (int i = 0; i < n; i++) {
            double xi = x[xOff + i];
            a0 = Math.fma(w0[i], xi, a0);
            a1 = Math.fma(w1[i], xi, a1);
            a2 = Math.fma(w2[i], xi, a2);
            a3 = Math.fma(w3[i], xi, a3);
            a4 = Math.fma(w4[i], xi, a4);
            a5 = Math.fma(w5[i], xi, a5);
            a6 = Math.fma(w6[i], xi, a6);
            a7 = Math.fma(w7[i], xi, a7);
        }
        out[outOff] = a0;
        out[outOff + 1] = a1;
        out[outOff + 2] = a2;
        out[outOff + 3] = a3;
        out[outOff + 4] = a4;
        out[outOff + 5] = a5;
        out[outOff + 6] = a6;
        out[outOff + 7] = a7;
    }

    private void dots4(int k0, double[] x, int xOff, double[] out, int outOff) {
        double[] w0 = w[k0];
        double[] w1 = w[k0 + 1];
        double[] w2 = w[k0 + 2];
        double[] w3 = w[k0 + 3];
        double a0 = 0, a1 = 0, a2 = 0, a3 = 0, c0 = 0, c1 = 0, c2 = 0, c3 = 0;
        int i = 0;
        for (; i + 2 <= n; i += 2) {
            double xe = x[xOff + i];
            double xo = x[xOff + i + 1];
            a0 = Math.fma(w0[i], xe, a0);
            a1 = Math.fma(w1[i], xe, a1);
            a2 = Math.fma(w2[i], xe, a2);
            a3 = Math.fma(w3[i], xe, a3);
            c0 = Math.fma(w0[i + 1], xo, c0);
            c1 = Math.fma(w1[i + 1], xo, c1);
            c2 = Math.fma(w2[i + 1], xo, c2);
            c3 = Math.fma(w3[i + 1], xo, c3);
        }
        if (i < n) {
            double xe = x[xOff + i];
            a0 = Math.fma(w0[i], xe, a0);
            a1 = Math.fma(w1[i], xe, a1);
            a2 = Math.fma(w2[i], xe, a2);
            a3 = Math.fma(w3[i], xe, a3);
        }
        out[outOff] = a0 + c0;
        out[outOff + 1] = a1 + c1;
        out[outOff + 2] = a2 + c2;
        out[outOff + 3] = a3 + c3;
    }

    private double dot1(int kk, double[] x, int xOff) {
        double[] r = w[kk];
        double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            a0 = Math.fma(r[i], x[xOff + i], a0);
            a1 = Math.fma(r[i + 1], x[xOff + i + 1], a1);
            a2 = Math.fma(r[i + 2], x[xOff + i + 2], a2);
            a3 = Math.fma(r[i + 3], x[xOff + i + 3], a3);
        }
        for (; i < n; i++) {
            a0 = Math.fma(r[i], x[xOff + i], a0);
        }
        return (a0 + a1) + (a2 + a3);
    }
}
