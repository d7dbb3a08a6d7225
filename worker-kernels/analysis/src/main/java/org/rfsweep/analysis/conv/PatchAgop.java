package org.rfsweep.analysis.conv;

import org.rfsweep.kernel.twolayer.TestSet;

/**
 * The patch-AGOP of a trained conv net and its filter covariance (the convolutional neural
 * feature ansatz, Beaglehole et al. arXiv 2309.00570; SCIENCE.md §9). With the layer rewritten as
 * f_k · patch_p over the patches it sees (stride 1, its padding) and the gradient taken with
 * respect to each patch as an independent input:
 *
 * <pre>
 *   ∇_p ŷ = Σ_k c_kp f_k     (c from {@link ConvPass#patchCoefficients})
 *   G     = (1/n) Σ_images Σ_p ∇_p ŷ ∇_p ŷᵀ = Fᵀ M F,   M = (1/n) Σ_images Σ_p c_p c_pᵀ   (K × K)
 *   WᵀW   = (1/K) Σ_k f_k f_kᵀ                                                      (taps × taps)
 * </pre>
 *
 * <p>Implementation note: as for the dense AGOP ({@code agop.Agop}), the factorisation through
 * the K × K matrix M turns n·P outer products of taps-vectors into n·P·K² multiply-adds.
 */
public final class PatchAgop {
    private PatchAgop() {
    }

    /**
     * G of {@code net} over the first {@code samples} test images.
     *
     * @return taps × taps, row-major
     */
    public static double[] of(ConvNet net, TestSet test, int samples) {
        if (samples < 1 || samples > test.size()) {
            throw new IllegalArgumentException("samples must be in [1, " + test.size() + "]: " + samples);
        }
        int k = net.k;
        ConvPass pass = ConvPass.of(net);
        double[] x = new double[net.n];
        double[] c = new double[net.positions * k];
        double[] m = new double[k * k];
        for (int img = 0; img < samples; img++) {
            test.copySample(img, x, 0);
            pass.forward(x, 0);
            pass.patchCoefficients(c);
            for (int q = 0; q < net.positions; q++) {
                int off = q * k;
                for (int a = 0; a < k; a++) {
                    double ca = c[off + a];
                    for (int b = 0; b < k; b++) {
                        m[a * k + b] += ca * c[off + b];
                    }
                }
            }
        }
        for (int i = 0; i < m.length; i++) {
            m[i] /= samples;
        }
        return sandwich(net.filters, m, net.taps);
    }

    /** Fᵀ M F for filters F (K rows of taps). */
    static double[] sandwich(double[][] filters, double[] m, int taps) {
        int k = filters.length;
        double[] out = new double[taps * taps];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double mab = m[a * k + b];
                double[] fa = filters[a];
                double[] fb = filters[b];
                for (int i = 0; i < taps; i++) {
                    double s = mab * fa[i];
                    for (int j = 0; j < taps; j++) {
                        out[i * taps + j] += s * fb[j];
                    }
                }
            }
        }
        return out;
    }

    /** WᵀW = (1/K) Σ_k f_k f_kᵀ, taps × taps. */
    public static double[] filterCovariance(ConvNet net) {
        double[] out = new double[net.taps * net.taps];
        for (double[] f : net.filters) {
            for (int i = 0; i < net.taps; i++) {
                for (int j = 0; j < net.taps; j++) {
                    out[i * net.taps + j] += f[i] * f[j] / net.k;
                }
            }
        }
        return out;
    }

    /** The cosine similarity ⟨a, b⟩ / (‖a‖ ‖b‖) of two flattened matrices; NaN if either is zero. */
    public static double cosine(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        double denom = Math.sqrt(aa * bb);
        return denom > 0 ? ab / denom : Double.NaN;
    }
}
