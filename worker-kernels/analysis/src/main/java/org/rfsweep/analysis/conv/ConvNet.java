package org.rfsweep.analysis.conv;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rfsweep.kernel.twolayer.Activation;
import org.rfsweep.kernel.twolayer.TwoLayerConfig;

/**
 * The parameters of the one-layer convolutional network of the {@code conv-net} kernel
 * (SCIENCE.md §5, "Convolutional comparison"), 1-D or 2-D:
 *
 * <pre>
 *   h_kp = s Σ_{j&lt;F} f_kj x_{p+j} + b_k        p over the positions (indices mod N when circular)
 *   2-D:  h_kp = s Σ_{a,c&lt;F} f_k(a,c) x_(p_r+a, p_c+c) + b_k   (F × F filters over the torus,
 *         indices mod size when circular: circular padding; row-major taps j = a·F + c)
 *   a_k  = mean_p σ(h_kp)   or   max_p σ(h_kp)   (pooling)
 *   ŷ    = Σ_k v_k a_k / norm
 * </pre>
 *
 * with s = 1/√(taps) ({@code input_scale sqrt-n}: the filter sees F^dim pixels, as a dense neuron sees N)
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
    /** 1 or 2. */
    public final int dim;
    /** Pixels per side (N = side^dim). */
    public final int side;
    /** F, the filter width (per side in 2-D). */
    public final int width;
    /** Weights per filter: F^dim. */
    public final int taps;
    /** Positions per filter: N (circular) or (side − F + 1)^dim (valid). */
    public final int positions;
    /** Whether the filter wraps around the ring. */
    public final boolean circular;
    /** Max pooling (else mean). */
    public final boolean maxPool;
    /** Filters: row k holds f_k0 .. f_k(taps−1) (row-major F × F in 2-D). */
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
        this(1, n, k, width, circular, maxPool, inputScale, norm, activation);
    }

    ConvNet(int dim, int side, int k, int width, boolean circular, boolean maxPool, double inputScale, double norm,
            Activation activation) {
        this.dim = dim;
        this.side = side;
        this.n = dim == 1 ? side : side * side;
        this.k = k;
        this.width = width;
        this.taps = dim == 1 ? width : width * width;
        this.circular = circular;
        this.maxPool = maxPool;
        int perAxis = circular ? side : side - width + 1;
        this.positions = dim == 1 ? perAxis : perAxis * perAxis;
        this.filters = new double[k][taps];
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
        int taps = cfg.taps();
        ConvNet net = new ConvNet(base.input().dim(), base.input().size(), base.width(), f, cfg.circular(),
                cfg.maxPool(), base.scaleInput() ? 1 / Math.sqrt(taps) : 1, base.readout().norm(base.width()),
                Activation.of(base.activation(), base.alpha(), base.beta()));
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(weightsRng);
        for (double[] row : net.filters) {
            for (int j = 0; j < taps; j++) {
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
     * division; in 2-D tap (a, c) at row (side − F)/2 + a, column (side − F)/2 + c), so plots, IPR
     * and the receptive-field metrics treat it like a dense neuron's field.
     */
    public double[] paddedFilter(int kk) {
        return pad(filters[kk]);
    }

    /**
     * A patch-shaped vector (taps values, e.g. a filter or a patch-AGOP eigenvector) zero-padded to
     * N pixels and centred as {@link #paddedFilter} places a filter.
     *
     * @param patch taps values. Not modified.
     */
    public double[] pad(double[] patch) {
        double[] out = new double[n];
        if (dim == 1) {
            System.arraycopy(patch, 0, out, (n - width) / 2, width);
            return out;
        }
        int off = (side - width) / 2;
        for (int a = 0; a < width; a++) {
            System.arraycopy(patch, a * width, out, (off + a) * side + off, width);
        }
        return out;
    }
}
