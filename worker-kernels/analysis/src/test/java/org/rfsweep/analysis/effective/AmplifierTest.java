package org.rfsweep.analysis.effective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rfsweep.math.Erf;

/**
 * SCIENCE.md §8's limits of the amplifier φ(a) = E[x erf(x a/√(2(1 − a²)))], each computed
 * through the same quadrature the kernel uses.
 */
class AmplifierTest {
    private static final double[] A = {0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 0.999};

    @Test
    void gaussianMarginalIsLinear() {
        Amplifier phi = new Amplifier(LatentMarginal.gaussian(1));
        for (double a : A) {
            assertEquals(Math.sqrt(2 / Math.PI) * a, phi.value(a), 2e-13, "a = " + a);
            assertEquals(-phi.value(a), phi.value(-a), 0, "odd");
        }
        assertEquals(Math.sqrt(2 / Math.PI), phi.value(1), 1e-13, "phi(1) = E|x|");
    }

    @Test
    void signMarginalIsTheClosedForm() {
        Amplifier phi = new Amplifier(new SignMarginal());
        for (double a : A) {
            assertEquals(Erf.erf(a / Math.sqrt(2 * (1 - a * a))), phi.value(a), 1e-15, "a = " + a);
        }
        assertEquals(1, phi.value(1), 0);
    }

    /** The NLGP at g → ∞ is the ±1 marginal: at g = 1e4 they agree to the NLGP's distance from it. */
    @Test
    void largeGainNlgpApproachesSignMarginal() {
        Amplifier nlgp = new Amplifier(LatentMarginal.nlgp(1e4, 1));
        Amplifier sign = new Amplifier(new SignMarginal());
        for (double a : new double[] {0.1, 0.5, 0.9}) {
            assertEquals(sign.value(a), nlgp.value(a), 1e-3, "a = " + a);
        }
    }

    /**
     * φ(a) = √(2/π)[a − κ a³/6] + O(a⁵) for unit-variance marginals (jitter 0 here, so the NLGP pixel
     * has variance exactly 1; g = 1 is the uniform marginal, κ = −1.2): the remainder divided by a⁵
     * stays bounded as a falls from 0.2 to 0.025 (it would grow like 1/a² with a wrong cubic term).
     */
    @Test
    void cubicExpansionAtSmallA() {
        LatentMarginal[] marginals = {LatentMarginal.nlgp(0.5, 1), LatentMarginal.nlgp(1, 1), LatentMarginal.nlgp(3, 1),
                LatentMarginal.nlgp(10, 1)};
        double[] as = {0.2, 0.1, 0.05, 0.025};
        for (LatentMarginal m : marginals) {
            Amplifier phi = new Amplifier(m);
            double kappa = m.excessKurtosis();
            double first = Double.NaN;
            for (double a : as) {
                double cubic = Math.sqrt(2 / Math.PI) * (a - kappa * a * a * a / 6);
                double r = (phi.value(a) - cubic) / Math.pow(a, 5);
                if (Double.isNaN(first)) {
                    first = r;
                }
                assertTrue(Math.abs(r) <= 1.5 * Math.abs(first) + 0.05, "kappa " + kappa + " a " + a + " r " + r);
            }
            // and the cubic term is really there: without it the remainder at a = 0.05 is κ a³/6 · √(2/π)
            double a = 0.05;
            assertTrue(Math.abs(phi.value(a) - Math.sqrt(2 / Math.PI) * a) > 100 * Math.abs(phi.value(a)
                    - Math.sqrt(2 / Math.PI) * (a - kappa * a * a * a / 6)), "kappa " + kappa);
        }
    }

    @Test
    void uniformMarginalKurtosis() {
        assertEquals(-1.2, LatentMarginal.nlgp(1, 1).excessKurtosis(), 1e-12);
    }
}
