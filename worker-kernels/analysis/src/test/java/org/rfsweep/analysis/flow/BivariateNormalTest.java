package org.rfsweep.analysis.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** {@link BivariateNormal} against Sheppard's closed form, independence, and an independent integral. */
class BivariateNormalTest {
    private static final NormalDistribution Z = new NormalDistribution(null, 0, 1);

    /** Φ₂(0, 0; ρ) = ¼ + asin(ρ)/(2π) (Sheppard 1899). */
    @Test
    void orthantAtTheOrigin() {
        for (double rho : new double[] {-0.999, -0.9, -0.5, 0, 0.3, 0.8, 0.93, 0.99, 0.9999}) {
            assertEquals(0.25 + Math.asin(rho) / (2 * Math.PI), BivariateNormal.cdf(0, 0, rho), 1e-15, "rho " + rho);
        }
    }

    /**
     * Against ∫_{−∞}^{a} φ(x) Φ((b − ρx)/√(1 − ρ²)) dx (conditioning on X), adaptive Legendre on
     * [−12, a] with commons-math3's Φ: a different formula and different code, to 1e-13.
     */
    @Test
    void matchesConditionalIntegral() {
        double[] values = {-3, -1.2, -0.3, 0, 0.4, 1.1, 2.5};
        double[] rhos = {-0.97, -0.6, -0.29, -0.1, 0.2, 0.31, 0.7, 0.74, 0.76, 0.92, 0.95, 0.99};
        for (double a : values) {
            for (double b : values) {
                for (double rho : rhos) {
                    double s = Math.sqrt(1 - rho * rho);
                    IterativeLegendreGaussIntegrator rule = new IterativeLegendreGaussIntegrator(16, 1e-14, 1e-18);
                    double ref = rule.integrate(10_000_000,
                            x -> Z.density(x) * Z.cumulativeProbability((b - rho * x) / s), -12, a);
                    assertEquals(ref, BivariateNormal.cdf(a, b, rho), 1e-13, a + " " + b + " " + rho);
                }
            }
        }
    }
}
