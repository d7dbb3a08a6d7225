package org.rfsweep.data;

import java.util.function.DoubleUnaryOperator;

/**
 * A marginal whose g = Q∘Φ/s has no closed-form correlation: g is tabulated once
 * ({@link OddTable}) for the sampler and for the quadrature of h(ρ) ({@link NortaCorrelation}).
 */
abstract class SmoothOddMarginal extends Marginal {
    private final OddTable table;
    private final DoubleUnaryOperator g;

    /**
     * @param g      g(z) = Q(Φ(z))/s for z ≥ 0, exact
     * @param dg     g'(z) for z ≥ 0, exact
     */
    SmoothOddMarginal(DoubleUnaryOperator g, DoubleUnaryOperator dg) {
        this.table = new OddTable(g, dg);
        this.g = g;
    }

    OddTable table() {
        return table;
    }

    @Override
    double pixel(double z) {
        return z < 0 ? -g.applyAsDouble(-z) : g.applyAsDouble(z);
    }

    @Override
    double correlation(double rho) {
        return NortaCorrelation.of(table, rho);
    }

    @Override
    PixelMap map(double invSd) {
        return new TabulatedOddMap(table, invSd);
    }

    /** φ(z), the standard normal density. */
    static double phi(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }
}
