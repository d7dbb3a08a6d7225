package org.rfsweep.kernel.twolayer;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rfsweep.math.RowDots;

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
    /** Workspace of {@link #dots}. */
    private final double[] dotScratch = new double[RowDots.SCRATCH];

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
     * Writes the raw dot products d_k = w_k · x for neurons [0, K) into {@code out[outOff ..]}, in
     * {@link RowDots}' fixed summation order (eight interleaved partial sums per row), which the
     * scalar and the vector path follow alike. Uses a workspace of this network, so one network
     * must not compute dot products in two threads at once (a trial runs on one thread).
     *
     * @param x   input, N values from {@code xOff}. Not modified.
     * @param out destination. Modified.
     */
    public void dots(double[] x, int xOff, double[] out, int outOff) {
        RowDots.dots(w, 0, k, x, xOff, n, out, outOff, dotScratch);
    }
}
