package org.rfsweep.analysis.conv;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rfsweep.kernel.twolayer.Activation;
import org.rfsweep.kernel.twolayer.TwoLayerConfig;

/**
 * The parameters of the one-layer convolutional network of the {@code conv-net} kernel
 * (SCIENCE.md §5, "Convolutional comparison"), 1-D:
 *
 * <pre>
 *   h_kp = s Σ_{j&lt;F} f_kj x_{p+j} + b_k        p over the positions (indices mod N when circular)
 *   a_k  = mean_p σ(h_kp)   or   max_p σ(h_kp)   (pooling)
 *   ŷ    = Σ_k v_k a_k / norm
 * </pre>
 *
 * with s = 1/√F ({@code input_scale sqrt-n}: the filter sees F pixels, as a dense neuron sees N)
 * or 1, and σ, the readout (v, norm) and the ±bias_init bias groups exactly as in the two-layer
 * network (SCIENCE.md §3): erf is odd and the inputs sign-symmetric, so without the ±1 biases the
 * pooled erf features cannot tell the classes apart either.
 *
 * <p>The arrays are the trainer's state, modified in place; each filter is one flat row.
 */
public final class ConvNet {
    /** N. */
    public final int n;
    /** K, the number of filters. */
    public final int k;
    /** F, the filter width. */
    public final int width;
    /** Positions per filter: N (circular) or N − F + 1 (valid). */
    public final int positions;
    /** Whether the filter wraps around the ring. */
    public final boolean circular;
    /** Max pooling (else mean). */
    public final boolean maxPool;
    /** Filters: row k holds f_k0 .. f_k(F−1). */
    public final double[][] filters;
    /** Biases, K. */
    public final double[] b;
    /** Readout weights, K. */
    public final double[] v;
    /** s: 1/√F or 1. */
    public final double inputScale;
    /** Output divisor (K, √K or 1). */
    public final double norm;
    /** σ. */
    public final Activation activation;

    ConvNet(int n, int k, int width, boolean circular, boolean maxPool, double inputScale, double norm,
            Activation activation) {
        this.n = n;
        this.k = k;
        this.width = width;
        this.circular = circular;
        this.maxPool = maxPool;
        this.positions = circular ? n : n - width + 1;
        this.filters = new double[k][width];
        this.b = new double[k];
        this.v = new double[k];
        this.inputScale = inputScale;
        this.norm = norm;
        this.activation = activation;
    }

    /**
     * The initial network: filters f_kj ~ N(0, init_std²) row by row, then v (N(0, init_std²) when
     * trained, else 1) and the biases ±bias_init (first ⌊K/2⌋ +) or 0, all from {@code weightsRng},
     * in the order {@code TwoLayerNet.initial} draws them.
     */
    public static ConvNet initial(ConvConfig cfg, UniformRandomProvider weightsRng) {
        TwoLayerConfig base = cfg.base();
        int f = cfg.filterWidth();
        ConvNet net = new ConvNet(base.pixels(), base.width(), f, cfg.circular(), cfg.maxPool(),
                base.scaleInput() ? 1 / Math.sqrt(f) : 1, base.readout().norm(base.width()),
                Activation.of(base.activation(), base.alpha(), base.beta()));
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(weightsRng);
        for (double[] row : net.filters) {
            for (int j = 0; j < f; j++) {
                row[j] = base.initStd() * normal.sample();
            }
        }
        for (int j = 0; j < net.k; j++) {
            net.v[j] = base.readout().trained() ? base.initStd() * normal.sample() : 1;
            net.b[j] = base.bias().initial(j, net.k, base.biasInit());
        }
        return net;
    }

    /**
     * Filter k zero-padded to N pixels and centred: f_kj sits at pixel (N − F)/2 + j (integer
     * division), so plots, IPR and the receptive-field metrics treat it like a dense neuron's field.
     */
    public double[] paddedFilter(int kk) {
        double[] out = new double[n];
        System.arraycopy(filters[kk], 0, out, (n - width) / 2, width);
        return out;
    }
}
