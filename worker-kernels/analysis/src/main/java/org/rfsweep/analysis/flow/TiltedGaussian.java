package org.rfsweep.analysis.flow;

/**
 * A Gaussian N(μ, C) over K pre-activations multiplied by exp(−½ Σ_s a_s h_s²) on one or two
 * coordinates s: the product is Z · N(μ', C') with
 *
 * <pre>
 *   M  = C_ss + diag(1/a_s)                  (at most 2 × 2)
 *   μ' = μ − C_{:,s} M⁻¹ μ_s,   C' = C − C_{:,s} M⁻¹ C_{s,:}
 *   Z  = det(I + diag(a) C_ss)^{−1/2} exp(−½ μ_sᵀ M⁻¹ μ_s)
 * </pre>
 *
 * (the Gaussian update after observing 0 = h_s + noise of precision a_s). Since erf'(h/√2) =
 * √(2/π) e^{−h²/2}, every expectation E[Π σ'(h_s) F(h)] of the erf network is (2/π)^{n/2} Z times
 * E'[F] under N(μ', C'), which is what makes the flow's expectations closed-form or 1-D.
 *
 * @param mean  μ', K values
 * @param cov   C', K × K row-major
 * @param scale Z
 */
record TiltedGaussian(double[] mean, double[] cov, double scale) {

    /**
     * Tilts N(mean, cov) on coordinate i with weight ai and coordinate j with weight aj; i == j
     * adds the weights on one coordinate.
     *
     * @param mean μ, K values. Not modified.
     * @param cov  C, K × K row-major. Not modified.
     */
    static TiltedGaussian of(double[] mean, double[] cov, int k, int i, double ai, int j, double aj) {
        if (i == j) {
            return single(mean, cov, k, i, ai + aj);
        }
        double m00 = cov[i * k + i] + 1 / ai;
        double m11 = cov[j * k + j] + 1 / aj;
        double m01 = cov[i * k + j];
        double det = m00 * m11 - m01 * m01;
        double i00 = m11 / det;
        double i11 = m00 / det;
        double i01 = -m01 / det;
        double mi = mean[i];
        double mj = mean[j];
        double quad = mi * (i00 * mi + i01 * mj) + mj * (i01 * mi + i11 * mj);
        double scale = Math.exp(-0.5 * quad) / Math.sqrt(ai * aj * det);
        double[] mu = new double[k];
        double[] c = new double[k * k];
        double ri = i00 * mi + i01 * mj;
        double rj = i01 * mi + i11 * mj;
        for (int p = 0; p < k; p++) {
            mu[p] = mean[p] - cov[p * k + i] * ri - cov[p * k + j] * rj;
        }
        for (int p = 0; p < k; p++) {
            double cpi = cov[p * k + i];
            double cpj = cov[p * k + j];
            double ui = i00 * cpi + i01 * cpj;
            double uj = i01 * cpi + i11 * cpj;
            for (int q = 0; q < k; q++) {
                c[p * k + q] = cov[p * k + q] - ui * cov[i * k + q] - uj * cov[j * k + q];
            }
        }
        return new TiltedGaussian(mu, c, scale);
    }

    /** Tilts N(mean, cov) on coordinate i with weight a. Arrays not modified. */
    static TiltedGaussian single(double[] mean, double[] cov, int k, int i, double a) {
        double m = cov[i * k + i] + 1 / a;
        double mi = mean[i];
        double scale = Math.exp(-0.5 * mi * mi / m) / Math.sqrt(a * m);
        double[] mu = new double[k];
        double[] c = new double[k * k];
        for (int p = 0; p < k; p++) {
            mu[p] = mean[p] - cov[p * k + i] * mi / m;
        }
        for (int p = 0; p < k; p++) {
            double u = cov[p * k + i] / m;
            for (int q = 0; q < k; q++) {
                c[p * k + q] = cov[p * k + q] - u * cov[i * k + q];
            }
        }
        return new TiltedGaussian(mu, c, scale);
    }
}
