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
 * Gauss–Legendre rule of 6, 12 or 20 points (|ρ| below 0.3, 0.75, 0.925) gives double precision (Genz's choice; {@code BivariateNormalTest}
 * checks it against an independent adaptive integral to 1e-14), beyond it the integrand steepens
 * near θ = π/2 and commons-math3's adaptive Legendre integrator takes over.
 */
final class BivariateNormal {
    private static final double SQRT_HALF = Math.sqrt(0.5);
    private static final double FIXED_RULE_LIMIT = 0.925;
    /** Genz's node counts: 6 points for |ρ| &lt; 0.3, 12 below 0.75, 20 up to 0.925. */
    private static final double[] RULE_LIMITS = {0.3, 0.75, FIXED_RULE_LIMIT};
    private static final int[] RULE_NODES = {6, 12, 20};
    /** The Legendre rules on [0, 1], scaled to [0, asin ρ] per call: [rule][node]. */
    private static final double[][] NODE = new double[RULE_NODES.length][];
    private static final double[][] WEIGHT = new double[RULE_NODES.length][];

    static {
        for (int r = 0; r < RULE_NODES.length; r++) {
            GaussIntegrator rule = new GaussIntegratorFactory().legendre(RULE_NODES[r], 0, 1);
            NODE[r] = new double[RULE_NODES[r]];
            WEIGHT[r] = new double[RULE_NODES[r]];
            for (int i = 0; i < RULE_NODES[r]; i++) {
                NODE[r][i] = rule.getPoint(i);
                WEIGHT[r][i] = rule.getWeight(i);
            }
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
        double abs = Math.abs(rho);
        double integral = abs <= FIXED_RULE_LIMIT ? fixedRule(a, b, upper, rule(abs)) : adaptive(a, b, upper);
        return base + integral / (2 * Math.PI);
    }

    private static int rule(double absRho) {
        int r = 0;
        while (absRho >= RULE_LIMITS[r]) {
            r++;
        }
        return r;
    }

    /** exp(−(a² − 2ab sin θ + b²) / (2 cos² θ)) as Genz writes it, with one sine and no cosine. */
    private static double integrand(double a, double b, double theta) {
        double sn = Math.sin(theta);
        return Math.exp((sn * a * b - 0.5 * (a * a + b * b)) / (1 - sn * sn));
    }

    private static double fixedRule(double a, double b, double upper, int r) {
        double[] node = NODE[r];
        double[] weight = WEIGHT[r];
        double sum = 0;
        for (int i = 0; i < node.length; i++) {
            sum += weight[i] * integrand(a, b, upper * node[i]);
        }
        return sum * upper;
    }

    private static double adaptive(double a, double b, double upper) {
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(20, 1e-14, 1e-17);
        return integrator.integrate(1_000_000, t -> integrand(a, b, t), Math.min(0, upper), Math.max(0, upper))
                * Math.signum(upper);
    }
}
