package org.rfsweep.analysis.cumulant;

import java.util.Arrays;

/**
 * The fourth cumulant ΔT = E[x⊗x⊗x⊗x] − (C⊗C + two transposes) of zero-mean inputs, estimated from a
 * fixed sample set and never stored (SCIENCE.md §5): with p_s = u·x_s,
 * <pre>
 *   ΔT(u,u,u)_i   = (1/S) Σ_s x_si p_s³ − 3 (uᵀCu) (Cu)_i
 *   ΔT(u,u,u,u)   = (1/S) Σ_s p_s⁴       − 3 (uᵀCu)²
 * </pre>
 * where C is the exact closed-form covariance of the class ({@link org.rfsweep.data.InputModel#inputCovariance}),
 * not the sample covariance, so that the Gaussian control's ΔT is zero up to the fourth moment's
 * Monte-Carlo noise alone. Each contraction costs 2·S·N + N² multiply-adds and allocates nothing.
 */
final class SampleCumulant implements SymmetricTensor4 {
    private final ClassSamples samples;
    private final double[] cov;
    private final int n;
    private final double[] cu;

    /**
     * @param samples the sample set
     * @param cov     the exact N × N covariance, row-major. Not modified; kept by reference.
     */
    SampleCumulant(ClassSamples samples, double[] cov) {
        this.samples = samples;
        this.n = samples.n;
        if (cov.length != n * n) {
            throw new IllegalArgumentException("covariance must be " + n + " x " + n);
        }
        this.cov = cov;
        this.cu = new double[n];
    }

    @Override
    public int dim() {
        return n;
    }

    @Override
    public double contract(double[] u, double[] out) {
        double q = quadratic(u);
        Arrays.fill(out, 0);
        double m4 = 0;
        double[] x = samples.x;
        for (int s = 0; s < samples.count; s++) {
            int off = s * n;
            double p = 0;
            for (int i = 0; i < n; i++) {
                p += u[i] * x[off + i];
            }
            double p3 = p * p * p;
            m4 += p3 * p;
            for (int i = 0; i < n; i++) {
                out[i] += p3 * x[off + i];
            }
        }
        double inv = 1.0 / samples.count;
        for (int i = 0; i < n; i++) {
            out[i] = out[i] * inv - 3 * q * cu[i];
        }
        return m4 * inv - 3 * q * q;
    }

    /** uᵀCu, leaving Cu in {@link #cu}. */
    private double quadratic(double[] u) {
        double q = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            int row = i * n;
            for (int j = 0; j < n; j++) {
                s += cov[row + j] * u[j];
            }
            cu[i] = s;
            q += u[i] * s;
        }
        return q;
    }

    /**
     * The Monte-Carlo standard error of ΔT(u,u,u,u): the sample standard deviation of p_s⁴ over √S
     * (the exact C contributes no noise).
     *
     * @param u a vector of length N. Not modified.
     */
    double standardError(double[] u) {
        double sum = 0;
        double sum2 = 0;
        double[] x = samples.x;
        for (int s = 0; s < samples.count; s++) {
            int off = s * n;
            double p = 0;
            for (int i = 0; i < n; i++) {
                p += u[i] * x[off + i];
            }
            double p4 = p * p * p * p;
            sum += p4;
            sum2 += p4 * p4;
        }
        int c = samples.count;
        double mean = sum / c;
        double var = Math.max(0, (sum2 / c - mean * mean) * c / Math.max(1, c - 1));
        return Math.sqrt(var / c);
    }
}
