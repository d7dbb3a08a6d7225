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
    private final double slope;

    Amplifier(PixelMarginal marginal) {
        this.marginal = marginal;
        this.slope = Double.NaN;
    }

    private Amplifier(double slope) {
        this.marginal = null;
        this.slope = slope;
    }

    /**
     * The exactly linear amplifier φ(a) = slope · a of elliptical data (slope E|x_i|, SCIENCE.md
     * §8): for them E[x | wᵀx] is linear in wᵀx, whatever w.
     */
    static Amplifier linear(double slope) {
        return new Amplifier(slope);
    }

    /** φ(a); |a| is clipped to 1. */
    double value(double a) {
        if (marginal == null) {
            return slope * Math.max(-1, Math.min(1, a));
        }
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
