package org.rfsweep.analysis.flow;

import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.rfsweep.math.Erf;

/**
 * The standard bivariate normal distribution function Φ₂(a, b; ρ) = P(X ≤ a, Y ≤ b) for unit
 * normals of correlation ρ, by Plackett's identity ∂Φ₂/∂ρ = φ₂ integrated over r = sin θ
 * (Drezner &amp; Wesolowsky, J. Stat. Comput. Simul. 35, 1990; Genz, Stat. Comput. 14, 2004, §2):
 *
 * <pre>
 *   Φ₂(a, b; ρ) = Φ(a) Φ(b) + (1/2π) ∫₀^{asin ρ} exp(−(a² − 2ab sin θ + b²) / (2 cos² θ)) dθ
 * </pre>
 *
 * <p>Implementation note: commons-math3 has no bivariate normal distribution function, hence
 * this class. The integrand is bounded by 1 and smooth on the interval; for |ρ| ≤ 0.925 a fixed
 * 20-point Gauss–Legendre rule gives double precision (Genz's choice; {@code BivariateNormalTest}
 * checks it against an independent adaptive integral to 1e-14), beyond it the integrand steepens
 * near θ = π/2 and commons-math3's adaptive Legendre integrator takes over.
 */
final class BivariateNormal {
    private static final double SQRT_HALF = Math.sqrt(0.5);
    private static final double FIXED_RULE_LIMIT = 0.925;
    private static final int NODES = 20;
    /** The 20-point Legendre rule on [0, 1]; scaled to [0, asin ρ] per call. */
    private static final double[] NODE;
    private static final double[] WEIGHT;

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(NODES, 0, 1);
        NODE = new double[NODES];
        WEIGHT = new double[NODES];
        for (int i = 0; i < NODES; i++) {
            NODE[i] = rule.getPoint(i);
            WEIGHT[i] = rule.getWeight(i);
        }
    }

    private BivariateNormal() {
    }

    /** Φ(x), the standard normal distribution function, through core's erf (1e-16 absolute). */
    static double phi(double x) {
        return 0.5 * (1 + Erf.erf(x * SQRT_HALF));
    }

    /**
     * Φ₂(a, b; ρ).
     *
     * @param rho correlation, |ρ| &lt; 1
     */
    static double cdf(double a, double b, double rho) {
        if (!(Math.abs(rho) < 1)) {
            throw new IllegalArgumentException("correlation must lie in (-1, 1): " + rho);
        }
        double base = phi(a) * phi(b);
        if (rho == 0) {
            return base;
        }
        double upper = Math.asin(rho);
        double integral = Math.abs(rho) <= FIXED_RULE_LIMIT ? fixedRule(a, b, upper) : adaptive(a, b, upper);
        return base + integral / (2 * Math.PI);
    }

    private static double integrand(double a, double b, double theta) {
        double c = Math.cos(theta);
        return Math.exp(-(a * a - 2 * a * b * Math.sin(theta) + b * b) / (2 * c * c));
    }

    private static double fixedRule(double a, double b, double upper) {
        double sum = 0;
        for (int i = 0; i < NODES; i++) {
            sum += WEIGHT[i] * integrand(a, b, upper * NODE[i]);
        }
        return sum * upper;
    }

    private static double adaptive(double a, double b, double upper) {
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(NODES, 1e-14, 1e-17);
        return integrator.integrate(1_000_000, t -> integrand(a, b, t), Math.min(0, upper), Math.max(0, upper))
                * Math.signum(upper);
    }
}
