package org.rfsweep.analysis.flow;

/**
 * Expectations of σ(h) = erf(h/√2) under a Gaussian h ~ N(μ, C) of K pre-activations, all exact:
 *
 * <pre>
 *   E[σ_i]       = erf(μ_i / √(2(1 + C_ii)))
 *   E[σ'_i]      = √(2/π) (1 + C_ii)^{−1/2} exp(−μ_i² / (2(1 + C_ii)))
 *   E[σ_i σ_j]   = 4 Φ₂(α_i, α_j; ρ_ij) − 2Φ(α_i) − 2Φ(α_j) + 1,
 *                  α_i = μ_i/√(1 + C_ii),  ρ_ij = C_ij / √((1 + C_ii)(1 + C_jj))   (i = j included)
 *   E[h_l σ_i]   = μ_l E[σ_i] + C_li E[σ'_i]                                      (Stein's lemma)
 * </pre>
 *
 * from σ(h) = 2Φ(h) − 1 = 2 P(ζ ≤ h) with ζ an independent unit normal, so that products of Φs
 * are normal orthant probabilities. Without bias (μ = 0) the pair term is Saad &amp; Solla's
 * (2/π) asin(ρ_ij) closed form (Φ₂(0, 0; ρ) = ¼ + asin ρ / 2π); with bias it is the 1-D
 * integral of {@link BivariateNormal}.
 */
final class ErfMoments {
    private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

    private ErfMoments() {
    }

    /** E[σ(h_i)] for h_i ~ N(mu, var). */
    static double meanErf(double mu, double var) {
        return 2 * BivariateNormal.phi(mu / Math.sqrt(1 + var)) - 1;
    }

    /** E[σ'(h_i)] for h_i ~ N(mu, var). */
    static double meanDerivative(double mu, double var) {
        double s = 1 + var;
        return SQRT_2_OVER_PI / Math.sqrt(s) * Math.exp(-0.5 * mu * mu / s);
    }

    /** E[σ(h_i) σ(h_j)] for (h_i, h_j) with means mi, mj, variances vi, vj and covariance cij. */
    static double meanProduct(double mi, double mj, double vi, double vj, double cij) {
        double si = Math.sqrt(1 + vi);
        double sj = Math.sqrt(1 + vj);
        double ai = mi / si;
        double aj = mj / sj;
        double rho = cij / (si * sj);
        return 4 * BivariateNormal.cdf(ai, aj, rho) - 2 * BivariateNormal.phi(ai) - 2 * BivariateNormal.phi(aj) + 1;
    }

    /**
     * Σ_{i,j} E[σ_i σ_j] over all ordered pairs, under N(mean, cov).
     *
     * @param mean K values. Not modified.
     * @param cov  K × K row-major. Not modified.
     */
    static double sumOfProducts(double[] mean, double[] cov, int k) {
        double sum = 0;
        for (int i = 0; i < k; i++) {
            double vi = cov[i * k + i];
            sum += meanProduct(mean[i], mean[i], vi, vi, vi);
            for (int j = i + 1; j < k; j++) {
                sum += 2 * meanProduct(mean[i], mean[j], vi, cov[j * k + j], cov[i * k + j]);
            }
        }
        return sum;
    }

    /** Σ_i E[σ_i] under N(mean, cov). Arrays not modified. */
    static double sumOfMeans(double[] mean, double[] cov, int k) {
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += meanErf(mean[i], cov[i * k + i]);
        }
        return sum;
    }

    /** Σ_i E[h_l σ_i] under N(mean, cov). Arrays not modified. */
    static double sumOfFieldTimesErf(double[] mean, double[] cov, int k, int l) {
        double sum = 0;
        for (int i = 0; i < k; i++) {
            double vi = cov[i * k + i];
            sum += mean[l] * meanErf(mean[i], vi) + cov[l * k + i] * meanDerivative(mean[i], vi);
        }
        return sum;
    }
}
