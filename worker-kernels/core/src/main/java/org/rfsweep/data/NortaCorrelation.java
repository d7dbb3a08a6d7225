package org.rfsweep.data;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * h(ρ) = E[g(a) g(b)] for a standard bivariate normal (a, b) of correlation ρ and an odd g
 * (SCIENCE.md §7, NORTA covariance), by nested Gauss–Legendre quadrature: with b = ρa + σu,
 * σ = √(1 − ρ²), u independent of a,
 * h(ρ) = 2 ∫₀^L φ(a) g(a) G(a) da,  G(a) = ∫_{−L}^{L} φ(u) g(ρa + σu) du,
 * the factor 2 because g(a)G(a) is even. L = {@value #LIMIT}.
 *
 * <p>Implementation note: g has a kink or a steep step where its argument is 0 (Laplace's |·|,
 * alg's steep centre), i.e. at u₀ = −ρa/σ, so the inner integral is split there and each side
 * gets its own panels; the outer has its kink at a = 0, an end point. Both integrands are
 * otherwise analytic, so {@value #PANELS} panels of {@value #POINTS} points per side converge to
 * round-off ({@code NortaCorrelationTest} compares with a brute-force 2-D rule, which also checks
 * the closed forms). The neglected tail beyond L = 10 is of order φ(10)^(1 − 2/k), about 1e-11 for
 * alg(4.2), whose g²φ decays slowest. ρ = ±1 and 0 are exact: h(±1) = ±E[g²] = ±1, h(0) = 0.
 */
final class NortaCorrelation {
    static final double LIMIT = 10;
    static final int PANELS = 20;
    static final int POINTS = 10;
    private static final double[] NODES = new double[POINTS];
    private static final double[] WEIGHTS = new double[POINTS];

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(POINTS);
        for (int i = 0; i < POINTS; i++) {
            NODES[i] = rule.getPoint(i);
            WEIGHTS[i] = rule.getWeight(i);
        }
    }

    private NortaCorrelation() {
    }

    static double of(OddTable g, double rho) {
        if (rho >= 1) {
            return 1;
        }
        if (rho <= -1) {
            return -1;
        }
        if (rho == 0) {
            return 0;
        }
        if (rho < 0) {
            return -of(g, -rho);
        }
        double sigma = Math.sqrt((1 - rho) * (1 + rho));
        double sum = 0;
        double width = LIMIT / PANELS;
        for (int p = 0; p < PANELS; p++) {
            double mid = (p + 0.5) * width;
            for (int i = 0; i < POINTS; i++) {
                double a = mid + 0.5 * width * NODES[i];
                double inner = inner(g, rho * a, sigma);
                sum += 0.5 * width * WEIGHTS[i] * SmoothOddMarginal.phi(a) * g.value(a) * inner;
            }
        }
        return 2 * sum;
    }

    /** ∫_{−L}^{L} φ(u) g(shift + σu) du, split at u₀ = −shift/σ. */
    private static double inner(OddTable g, double shift, double sigma) {
        double u0 = Math.max(-LIMIT, Math.min(LIMIT, -shift / sigma));
        return segment(g, shift, sigma, -LIMIT, u0) + segment(g, shift, sigma, u0, LIMIT);
    }

    private static double segment(OddTable g, double shift, double sigma, double lo, double hi) {
        if (hi <= lo) {
            return 0;
        }
        double width = (hi - lo) / PANELS;
        double sum = 0;
        for (int p = 0; p < PANELS; p++) {
            double mid = lo + (p + 0.5) * width;
            for (int i = 0; i < POINTS; i++) {
                double u = mid + 0.5 * width * NODES[i];
                sum += WEIGHTS[i] * SmoothOddMarginal.phi(u) * g.value(shift + sigma * u);
            }
        }
        return 0.5 * width * sum;
    }
}
