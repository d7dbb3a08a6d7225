package org.rfsweep.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact moments of the families (SCIENCE.md §7) against their published values and against
 * independent quadrature of the pixel maps themselves, so the closed forms, s and Q∘Φ agree.
 */
class FamilyExactMomentsTest {

    /** SCIENCE.md §7's exact alg raw kurtosis values (three decimals). */
    @ParameterizedTest
    @CsvSource({"4.5, 7.054", "5.4, 3.502", "7.7, 2.321", "10, 2.070", "50, 1.809"})
    void algRawKurtosisHasTheExactValues(double k, double raw) {
        assertEquals(raw, AlgMarginal.rawKurtosis(k), 5e-4);
        assertEquals(raw - 3, new AlgMarginal(k).excessKurtosis(), 5e-4);
    }

    /**
     * E[g(Z)²] = 1 and E[g(Z)⁴] = the closed-form raw kurtosis, by Gauss–Legendre quadrature of the
     * exact map over [0, 12] (g⁴φ decays like φ^(1 − 4/k), below 1e-13 relative beyond 12 for
     * k ≥ 7.7); tolerance 1e-9.
     */
    @ParameterizedTest
    @CsvSource({"7.7", "10", "50"})
    void algMapHasUnitVarianceAndTheClosedFormKurtosis(double k) {
        AlgMarginal alg = new AlgMarginal(k);
        OddTable t = alg.table();
        assertEquals(1, 2 * integrate(z -> Math.pow(t.exact(z), 2) * SmoothOddMarginal.phi(z), 0, 12), 1e-9);
        assertEquals(AlgMarginal.rawKurtosis(k),
                2 * integrate(z -> Math.pow(t.exact(z), 4) * SmoothOddMarginal.phi(z), 0, 12), 1e-9);
    }

    @Test
    void laplaceMapHasUnitVarianceAndKurtosisSix() {
        OddTable t = new LaplaceMarginal().table();
        assertEquals(1, 2 * integrate(z -> Math.pow(t.exact(z), 2) * SmoothOddMarginal.phi(z), 0, 12), 1e-10);
        assertEquals(6, 2 * integrate(z -> Math.pow(t.exact(z), 4) * SmoothOddMarginal.phi(z), 0, 12), 1e-9);
    }

    /**
     * LSG25's radius r = 2 + artanh U: E[r²] and E[r⁴] in closed form against quadrature of
     * (2 + a)ⁿ sech²(a) over a ∈ [0, 40] (U = tanh a); and the excess kurtosis +0.545 at N = 40.
     */
    @Test
    void lsgRadialMomentsMatchQuadrature() {
        DoubleUnaryOperator sech2 = a -> 1 / Math.pow(Math.cosh(a), 2);
        assertEquals(LsgRadius.R2, integrate(a -> Math.pow(2 + a, 2) * sech2.applyAsDouble(a), 0, 40), 1e-10);
        assertEquals(LsgRadius.R4, integrate(a -> Math.pow(2 + a, 4) * sech2.applyAsDouble(a), 0, 40), 1e-9);
        assertEquals(0.545, new LsgRadius().excessKurtosis(40), 5e-4);
    }

    @Test
    void fixedLawsHaveTheirKurtosis() {
        assertEquals(3, new LaplaceMarginal().excessKurtosis());
        assertEquals(-1.2, new UniformMarginal().excessKurtosis());
        assertEquals(-2, new SignMarginal().excessKurtosis());
        assertEquals(0, new GaussianMarginal().excessKurtosis());
        assertEquals(-6.0 / 42, new ShellRadius().excessKurtosis(40), 1e-15);
        assertEquals(0.75, new StudentTRadius(12).excessKurtosis(40), 1e-15);
        assertEquals(-2, new IsingRing(new org.rfsweep.kernel.DoublePair(1, 2)).excessKurtosis(1, 40));
    }

    /**
     * The tabulated Q∘Φ against the exact function at 10⁵ points of [0, 10] (and a few beyond, where
     * the exact path is taken): worst relative error below 1e-9 (measured: see the message).
     */
    @ParameterizedTest
    @CsvSource({"alg, 4.05", "alg, 4.5", "alg, 10", "alg, 1000", "laplace, 0"})
    void tableMatchesTheExactMap(String marginal, double k) {
        OddTable t = marginal.equals("alg") ? new AlgMarginal(k).table() : new LaplaceMarginal().table();
        double worst = 0;
        for (int i = 1; i <= 100_000; i++) {
            double z = i * 1e-4 + 0.37e-5;
            double exact = t.exact(z);
            worst = Math.max(worst, Math.abs(t.value(z) - exact) / Math.abs(exact));
            assertEquals(-t.value(z), t.value(-z), 0.0, "odd");
        }
        assertEquals(t.exact(11.3), t.value(11.3), 0.0, "exact beyond the table");
        assertEquals(0, worst, 1e-9, marginal + " " + k + ": worst relative error " + worst);
    }

    /** Σ over 400 panels of a 10-point Gauss–Legendre rule. */
    static double integrate(DoubleUnaryOperator f, double lo, double hi) {
        int panels = 400;
        GaussIntegratorFactory factory = new GaussIntegratorFactory();
        double w = (hi - lo) / panels;
        double s = 0;
        for (int p = 0; p < panels; p++) {
            GaussIntegrator rule = factory.legendre(10, lo + p * w, lo + (p + 1) * w);
            s += rule.integrate(f::applyAsDouble);
        }
        return s;
    }
}
