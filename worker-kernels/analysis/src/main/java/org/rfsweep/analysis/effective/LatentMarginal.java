package org.rfsweep.analysis.effective;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.rfsweep.data.Nlgp;
import org.rfsweep.math.Erf;

/**
 * A pixel x = T(z) of a latent Gaussian z ~ N(0, v): the NLGP (T(z) = erf(g z/√2)/√γ(g),
 * SCIENCE.md §1), the Gaussian (T(z) = z) and, once the families of §7 exist, NORTA
 * (T = Q∘Φ). E[f(T(z))] = ∫ f(T(z)) φ_v(z) dz over |z| ≤ 9√v (the tails weigh 2e-19), split at
 * 0, at the z-scales where f∘T and T change fastest and at √v, each piece by commons-math3's
 * adaptive Gauss–Legendre integrator (16 points, to 1e-12 relative between refinements).
 */
final class LatentMarginal implements PixelMarginal {
    private static final double TAIL = 9;
    private final DoubleUnaryOperator transform;
    private final double sd;
    private final double slope;
    private final double featureScale;
    private final double excessKurtosis;

    /**
     * @param transform      T, odd
     * @param variance       v
     * @param slope          T'(0), to turn an x-scale near 0 into a z-scale
     * @param featureScale   the z-scale over which T itself bends (1/g for the NLGP, ∞ for none)
     * @param excessKurtosis the exact excess kurtosis of T(z)
     */
    LatentMarginal(DoubleUnaryOperator transform, double variance, double slope, double featureScale,
                   double excessKurtosis) {
        this.transform = transform;
        this.sd = Math.sqrt(variance);
        this.slope = slope;
        this.featureScale = featureScale;
        this.excessKurtosis = excessKurtosis;
    }

    /** The Gaussian marginal N(0, v): φ is exactly linear. */
    static LatentMarginal gaussian(double variance) {
        return new LatentMarginal(z -> z, variance, 1, Double.POSITIVE_INFINITY, 0);
    }

    /**
     * A NORTA marginal x = T(z/√v), T the family's exact odd map of the standardised latent value
     * (e.g. alg's Q∘Φ/s); its slope at 0 is only a quadrature hint, taken by a central difference.
     */
    static LatentMarginal norta(DoubleUnaryOperator standardMap, double variance, double excessKurtosis) {
        double sd = Math.sqrt(variance);
        double h = 1e-4;
        double slope = (standardMap.applyAsDouble(h) - standardMap.applyAsDouble(-h)) / (2 * h) / sd;
        return new LatentMarginal(z -> standardMap.applyAsDouble(z / sd), variance, slope > 0 ? slope : 1, sd,
                excessKurtosis);
    }

    /** The NLGP marginal erf(g z/√2)/√γ(g), z ~ N(0, v), g &gt; 0. */
    static LatentMarginal nlgp(double gain, double variance) {
        double scale = 1 / Math.sqrt(Nlgp.gamma(gain));
        double a = gain / Math.sqrt(2);
        return new LatentMarginal(z -> scale * Erf.erf(a * z), variance, scale * a * 2 / Math.sqrt(Math.PI), 1 / gain,
                Nlgp.excessKurtosis(gain, variance));
    }

    @Override
    public double excessKurtosis() {
        return excessKurtosis;
    }

    @Override
    public double expectation(DoubleUnaryOperator f, double width) {
        DoubleUnaryOperator g = weighted(f);
        double sum = 0;
        double lo = 0;
        for (double hi : knots(width)) {
            sum += integrate(g, lo, hi) + integrate(g, -hi, -lo);
            lo = hi;
        }
        return sum;
    }

    /** T is odd and z symmetric, so an even f∘T needs the positive half only. */
    @Override
    public double evenExpectation(DoubleUnaryOperator f, double width) {
        DoubleUnaryOperator g = weighted(f);
        double sum = 0;
        double lo = 0;
        for (double hi : knots(width)) {
            sum += integrate(g, lo, hi);
            lo = hi;
        }
        return 2 * sum;
    }

    private DoubleUnaryOperator weighted(DoubleUnaryOperator f) {
        double norm = 1 / (sd * Math.sqrt(2 * Math.PI));
        double inv = 1 / (sd * sd);
        return z -> f.applyAsDouble(transform.applyAsDouble(z)) * Math.exp(-0.5 * z * z * inv) * norm;
    }

    /** The panel ends on [0, 9 sd]: where f∘T bends (width / T'(0)), where T bends, sd, and the end. */
    private double[] knots(double width) {
        double upper = TAIL * sd;
        double[] cuts = {width / slope, 4 * width / slope, featureScale, sd, upper};
        return Arrays.stream(cuts).filter(c -> c > 0 && c <= upper).sorted().distinct().toArray();
    }

    private static double integrate(DoubleUnaryOperator g, double lo, double hi) {
        if (hi <= lo) {
            return 0;
        }
        IterativeLegendreGaussIntegrator rule = new IterativeLegendreGaussIntegrator(16, 1e-12, 1e-16);
        return rule.integrate(10_000_000, g::applyAsDouble, lo, hi);
    }
}
