package org.rfsweep.analysis.agop;

import java.util.Arrays;
import org.rfsweep.kernel.twolayer.TestSet;
import org.rfsweep.kernel.twolayer.TwoLayerNet;

/**
 * The average gradient outer product (AGOP) of a trained two-layer predictor (Radhakrishnan et
 * al., Science 383 2024; Beaglehole et al., arXiv 2309.00570; SCIENCE.md §5):
 *
 * <pre>
 *   f(x)  = Σ_k v_k σ(h_k) / norm,          h_k = s w_k · x + b_k   (s = 1/√N or 1)
 *   ∇ₓf   = Σ_k c_k w_k = Wᵀ c,             c_k = v_k σ'(h_k) s / norm
 *   G     = (1/P) Σ_p ∇ₓf(x_p) ∇ₓf(x_p)ᵀ = Wᵀ M W,   M = (1/P) Σ_p c_p c_pᵀ   (K × K)
 * </pre>
 *
 * <p>Implementation note: the factorisation G = Wᵀ M W is exact and turns the O(P·N²)
 * accumulation of outer products into O(P·K·(N + K)) for M plus O(K·N²) once; the samples are
 * read in blocks of {@value #BLOCK} into one reused buffer, so nothing is allocated per sample.
 */
public final class Agop {
    /** Samples per block of the accumulation. */
    static final int BLOCK = 64;

    private Agop() {
    }

    /**
     * The AGOP of {@code net} over the first {@code samples} samples of {@code test}.
     *
     * @return G, N × N row-major (symmetric)
     */
    public static double[] of(TwoLayerNet net, TestSet test, int samples) {
        if (samples < 1 || samples > test.size()) {
            throw new IllegalArgumentException("samples must be in [1, " + test.size() + "]: " + samples);
        }
        return sandwich(net, coefficientGram(net, test, samples));
    }

    /** M = (1/P) Σ_p c_p c_pᵀ, K × K row-major. */
    static double[] coefficientGram(TwoLayerNet net, TestSet test, int samples) {
        int n = net.n;
        int k = net.k;
        double[] xs = new double[BLOCK * n];
        double[] h = new double[BLOCK * k];
        double[] s = new double[BLOCK * k];
        double[] c = new double[BLOCK * k];
        double[] m = new double[k * k];
        for (int p0 = 0; p0 < samples; p0 += BLOCK) {
            int count = Math.min(BLOCK, samples - p0);
            load(test, p0, count, n, xs);
            for (int j = 0; j < count; j++) {
                net.dots(xs, j * n, h, j * k);
            }
            coefficients(net, h, s, c, count);
            accumulate(c, count, k, m);
        }
        for (int i = 0; i < m.length; i++) {
            m[i] /= samples;
        }
        return m;
    }

    private static void load(TestSet test, int p0, int count, int n, double[] xs) {
        for (int j = 0; j < count; j++) {
            test.copySample(p0 + j, xs, j * n);
        }
    }

    /** Turns raw dot products into c = v σ'(s·dot + b) s / norm, in place of {@code c}. */
    private static void coefficients(TwoLayerNet net, double[] h, double[] s, double[] c, int count) {
        int k = net.k;
        for (int j = 0; j < count * k; j++) {
            h[j] = h[j] * net.inputScale + net.b[j % k];
        }
        net.activation.apply(h, 0, s, c, count * k);
        for (int j = 0; j < count * k; j++) {
            c[j] *= net.v[j % k] * net.inputScale / net.norm;
        }
    }

    private static void accumulate(double[] c, int count, int k, double[] m) {
        for (int j = 0; j < count; j++) {
            int off = j * k;
            for (int a = 0; a < k; a++) {
                double ca = c[off + a];
                for (int b = 0; b < k; b++) {
                    m[a * k + b] += ca * c[off + b];
                }
            }
        }
    }

    /** Wᵀ M W, N × N. */
    static double[] sandwich(TwoLayerNet net, double[] m) {
        int n = net.n;
        int k = net.k;
        double[] mw = new double[k * n]; // row a: Σ_b M_ab w_b
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                axpy(mw, a * n, m[a * k + b], net.w[b], n);
            }
        }
        double[] g = new double[n * n];
        for (int a = 0; a < k; a++) {
            double[] wa = net.w[a];
            for (int i = 0; i < n; i++) {
                axpy(g, i * n, wa[i], mw, a * n, n);
            }
        }
        return g;
    }

    private static void axpy(double[] y, int yOff, double a, double[] x, int n) {
        for (int i = 0; i < n; i++) {
            y[yOff + i] += a * x[i];
        }
    }

    private static void axpy(double[] y, int yOff, double a, double[] x, int xOff, int n) {
        for (int i = 0; i < n; i++) {
            y[yOff + i] += a * x[xOff + i];
        }
    }

    /**
     * ∇ₓf at one input, Wᵀc (for tests and single points; allocates its K-vector workspace).
     *
     * @param x    N values from {@code off}. Not modified.
     * @param grad N values. Modified.
     */
    public static void gradient(TwoLayerNet net, double[] x, int off, double[] grad) {
        double[] h = new double[net.k];
        net.dots(x, off, h, 0);
        double[] c = new double[net.k];
        coefficients(net, h, new double[net.k], c, 1);
        Arrays.fill(grad, 0, net.n, 0);
        for (int a = 0; a < net.k; a++) {
            axpy(grad, 0, c[a], net.w[a], net.n);
        }
    }

    /** WᵀW, N × N row-major: (WᵀW)_ij = Σ_k w_ki w_kj. */
    public static double[] weightGram(TwoLayerNet net) {
        int n = net.n;
        double[] out = new double[n * n];
        for (double[] row : net.w) {
            for (int i = 0; i < n; i++) {
                axpy(out, i * n, row[i], row, n);
            }
        }
        return out;
    }
}
