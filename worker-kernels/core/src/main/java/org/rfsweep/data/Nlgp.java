package org.rfsweep.data;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.rfsweep.math.Erf;

/**
 * Closed forms and exact moments of the non-linear Gaussian process (SCIENCE.md §1; Ingrosso &amp;
 * Goldt, PNAS 2022): x = erf(g z / √2) / √γ(g) with z Gaussian.
 */
public final class Nlgp {
    /** Gauss–Legendre points per panel of the kurtosis quadrature. */
    private static final int QUADRATURE_POINTS = 20;
    /** Panels over the region where erf(c u) still varies, and over the rest of [0, U]. */
    private static final int PANELS = 40;
    /** Upper limit U of the quadrature over the standard normal: 2 ∫_U^∞ φ ≈ 2e-19. */
    private static final double UPPER = 9.0;

    private Nlgp() {
    }

    /**
     * γ(g) = (2/π) asin(g² / (1 + g²)): the variance of erf(g z / √2) for z ~ N(0, 1), which
     * makes every pixel unit-variance. γ(0) = 0.
     */
    public static double gamma(double gain) {
        double g2 = gain * gain;
        return 2 / Math.PI * Math.asin(g2 / (1 + g2));
    }

    /**
     * The exact covariance E[x_i x_j] of two NLGP pixels whose latents have covariance cij and
     * variances cii, cjj: (2 / (π γ)) asin(g² cij / √((1 + g² cii)(1 + g² cjj))), the bivariate
     * Gaussian identity E[erf(a u) erf(a v)] = (2/π) asin(2a² Σuv / √((1 + 2a² Σuu)(1 + 2a² Σvv)))
     * at a = g/√2. When cii = cjj = 1 it is SCIENCE.md's (2/(πγ)) asin(g²/(1+g²) cij); with the
     * jitter on the diagonal it stays exact. gain must be &gt; 0.
     */
    public static double covariance(double cij, double cii, double cjj, double gain) {
        double g2 = gain * gain;
        return 2 / (Math.PI * gamma(gain)) * Math.asin(g2 * cij / Math.sqrt((1 + g2 * cii) * (1 + g2 * cjj)));
    }

    /**
     * The exact marginal excess kurtosis E[x⁴]/E[x²]² − 3 of x = erf(g z/√2) for z ~ N(0, v):
     * E[x²] in closed form, (2/π) asin(g²v/(1 + g²v)), and E[x⁴] = 2 ∫₀^∞ erf(c u)⁴ φ(u) du,
     * c = g√(v/2), by composite Gauss–Legendre quadrature on panels scaled to 1/c (accurate to
     * about 1e-14). 0 at g = 0 (the Gaussian limit). At v = 1 it reproduces SCIENCE.md's table
     * (−0.039 at g = 0.1 … −1.994 at g = 100).
     *
     * @param latentVariance v, the variance of the latent pixel (1 + jitter)
     */
    public static double excessKurtosis(double gain, double latentVariance) {
        if (gain == 0) {
            return 0;
        }
        double g2v = gain * gain * latentVariance;
        double second = 2 / Math.PI * Math.asin(g2v / (1 + g2v));
        double c = Math.sqrt(g2v / 2);
        double knee = Math.min(UPPER, 6 / c); // beyond c·u = 6, erf(c u)⁴ = 1 to double precision
        double fourth = 2 * (integrateFourthPower(c, 0, knee) + integrateFourthPower(c, knee, UPPER));
        return fourth / (second * second) - 3;
    }

    private static double integrateFourthPower(double c, double lo, double hi) {
        if (hi <= lo) {
            return 0;
        }
        GaussIntegratorFactory factory = new GaussIntegratorFactory();
        double width = (hi - lo) / PANELS;
        double sum = 0;
        for (int p = 0; p < PANELS; p++) {
            GaussIntegrator rule = factory.legendre(QUADRATURE_POINTS, lo + p * width, lo + (p + 1) * width);
            sum += rule.integrate(u -> {
                double e = Erf.erf(c * u);
                double e2 = e * e;
                return e2 * e2 * Math.exp(-0.5 * u * u) / Math.sqrt(2 * Math.PI);
            });
        }
        return sum;
    }
}
