package org.rfsweep.analysis.effective;

import org.rfsweep.math.Erf;

/**
 * LSG25's "localisation amplifier" (Lufkin, Saxe &amp; Grant, arXiv 2501.17284; SCIENCE.md §8):
 * φ(a) = E_x[x · erf(x a / √(2(1 − a²)))] over the pixel marginal, for |a| &lt; 1, and
 * φ(±1) = ±E|x| (its limit). Limits: a Gaussian marginal gives √(2/π) a exactly (linear, no
 * localisation); ±1 pixels erf(a/√(2(1 − a²))); any unit-variance marginal of excess kurtosis κ
 * √(2/π) [a − κ a³/6] + O(a⁵). φ is odd.
 */
final class Amplifier {
    private final PixelMarginal marginal;

    Amplifier(PixelMarginal marginal) {
        this.marginal = marginal;
    }

    /** φ(a); |a| is clipped to 1. */
    double value(double a) {
        if (a == 0) {
            return 0;
        }
        double s = Math.signum(a);
        double m = Math.min(1, Math.abs(a));
        if (m == 1) {
            return s * marginal.evenExpectation(Math::abs, 1);
        }
        double c = m / Math.sqrt(2 * (1 - m * m));
        return s * marginal.evenExpectation(x -> x * Erf.erf(c * x), 1 / c);
    }
}
