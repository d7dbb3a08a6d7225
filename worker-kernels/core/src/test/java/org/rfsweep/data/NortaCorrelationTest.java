package org.rfsweep.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * NORTA's covariance function h(ρ) = E[g(a) g(b)] (SCIENCE.md §7) against brute force: the 2-D
 * integral of g(a) g(b) φ₂(a, b; ρ) on a tensor Gauss–Legendre grid over [−10, 10]² (panels of
 * 1/16 with a break at 0, 8 points each, so 2560² nodes, g exact at each node), a method that
 * shares nothing with the nested quadrature but g. The closed forms (uniform, sign, Gaussian) are
 * checked against the same brute force, which also validates it. Tolerance 2e-8: the brute-force
 * grid resolves the bivariate density's width √(1 − ρ²) ≥ 0.14 at ρ ≤ 0.99 to about 1e-9.
 */
class NortaCorrelationTest {
    private static final int PANELS_PER_UNIT = 16;
    private static final int POINTS = 8;
    private static final double L = 10;

    @ParameterizedTest
    @CsvSource({
        "alg, 10, 0.1", "alg, 10, 0.5", "alg, 10, 0.9", "alg, 10, 0.99", "alg, 10, -0.7",
        "alg, 6, 0.3", "alg, 6, 0.9",
        "laplace, 0, 0.2", "laplace, 0, 0.6", "laplace, 0, 0.95",
        "uniform, 0, 0.4", "uniform, 0, 0.9", "sign, 0, 0.3", "sign, 0, 0.9", "gaussian, 0, 0.7"})
    void correlationMatchesBruteForceTwoDimensionalIntegration(String name, double k, double rho) {
        Marginal m = switch (name) {
            case "alg" -> new AlgMarginal(k);
            case "laplace" -> new LaplaceMarginal();
            case "uniform" -> new UniformMarginal();
            case "sign" -> new SignMarginal();
            default -> new GaussianMarginal();
        };
        DoubleUnaryOperator g = exactMap(m);
        assertEquals(bruteForce(g, rho), m.correlation(rho), 2e-8, name + " rho " + rho);
    }

    private static DoubleUnaryOperator exactMap(Marginal m) {
        if (m instanceof SmoothOddMarginal) {
            OddTable t = ((SmoothOddMarginal) m).table();
            return z -> Math.copySign(t.exact(Math.abs(z)), z);
        }
        if (m instanceof UniformMarginal) {
            return z -> Math.sqrt(3) * org.apache.commons.math3.special.Erf.erf(z / Math.sqrt(2));
        }
        if (m instanceof SignMarginal) {
            return z -> Math.copySign(1, z);
        }
        return z -> z;
    }

    /** ∬ g(a) g(b) φ₂(a, b; ρ) da db on the tensor grid. */
    static double bruteForce(DoubleUnaryOperator g, double rho) {
        int panels = (int) (2 * L * PANELS_PER_UNIT);
        double width = 1.0 / PANELS_PER_UNIT;
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(POINTS);
        int n = panels * POINTS;
        double[] z = new double[n];
        double[] w = new double[n];
        double[] gz = new double[n];
        for (int p = 0; p < panels; p++) {
            double mid = -L + (p + 0.5) * width;
            for (int i = 0; i < POINTS; i++) {
                z[p * POINTS + i] = mid + 0.5 * width * rule.getPoint(i);
                w[p * POINTS + i] = 0.5 * width * rule.getWeight(i);
                gz[p * POINTS + i] = g.applyAsDouble(z[p * POINTS + i]);
            }
        }
        double oneMinus = (1 - rho) * (1 + rho);
        double norm = 1 / (2 * Math.PI * Math.sqrt(oneMinus));
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                double q = (z[i] * z[i] - 2 * rho * z[i] * z[j] + z[j] * z[j]) / (2 * oneMinus);
                if (q < 60) {
                    row += w[j] * gz[j] * Math.exp(-q);
                }
            }
            sum += w[i] * gz[i] * row;
        }
        return norm * sum;
    }
}
