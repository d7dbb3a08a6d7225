package org.rfsweep.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rfsweep.kernel.DoublePair;

/** Closed forms and exact moments of the NLGP; deterministic. */
class NlgpTest {

    /**
     * Golden values: E[erf(c u)⁴]/E[erf(c u)²]² − 3 by mpmath quad at 30 digits (independent of this
     * code's quadrature and erf), printed to 16 digits; at latent variance 1 and 1.001 (jitter 1e-3); the table column is SCIENCE.md's.
     */
    @ParameterizedTest
    @CsvSource({
        "0.1, -0.039, -0.03902594723651037, -0.03906402345456039",
        "0.5, -0.622, -0.6223551390325137, -0.6227474068349867",
        "1, -1.200, -1.2, -1.200388163138161",
        "3, -1.757, -1.756752758252008, -1.756887823426628",
        "10, -1.934, -1.933598466095881, -1.933633202171654",
        "100, -1.994, -1.993647830884596, -1.993651020882245",
    })
    void excessKurtosisMatchesQuadratureAndTheTable(double gain, double table, double unitVariance,
                                                    double jitteredVariance) {
        assertEquals(unitVariance, Nlgp.excessKurtosis(gain, 1), 1e-12);
        assertEquals(jitteredVariance, Nlgp.excessKurtosis(gain, 1.001), 1e-12);
        assertEquals(table, Math.round(Nlgp.excessKurtosis(gain, 1) * 1000) / 1000.0, 0.0);
        InputModel noJitter = model(InputKind.NLGP, gain, 0);
        assertEquals(table, Math.round(noJitter.theoreticalExcessKurtosis() * 1000) / 1000.0, 0.0);
        assertEquals(jitteredVariance, model(InputKind.NLGP, gain, 1e-3).theoreticalExcessKurtosis(), 1e-12);
        assertEquals(0.0, model(InputKind.GP, gain, 1e-3).theoreticalExcessKurtosis());
    }

    @Test
    void gaussianLimitHasNoExcessKurtosis() {
        assertEquals(0.0, Nlgp.excessKurtosis(0, 1));
        assertEquals(0.0, model(InputKind.NLGP, 0, 1e-3).theoreticalExcessKurtosis());
    }

    @Test
    void gainOneGivesTheUniformMarginal() {
        // erf(z/√2) = 2Φ(z) − 1 is uniform on (−1, 1): excess kurtosis −6/5, γ(1) = (2/π) asin(1/2) = 1/3
        assertEquals(-1.2, Nlgp.excessKurtosis(1, 1), 1e-12);
        assertEquals(1.0 / 3, Nlgp.gamma(1), 1e-15);
    }

    @Test
    void covarianceReducesToTheUnitDiagonalFormula() {
        double g = 3;
        double gamma = Nlgp.gamma(g);
        for (double c : new double[] {-0.3, 0, 0.2, 0.77, 1}) {
            double science = 2 / (Math.PI * gamma) * Math.asin(g * g / (1 + g * g) * c);
            assertEquals(science, Nlgp.covariance(c, 1, 1, g), 1e-15);
        }
        assertEquals(1.0, Nlgp.covariance(1, 1, 1, 0.37), 1e-15);
    }

    private static InputModel model(InputKind kind, double gain, double jitter) {
        return InputModel.of(new InputConfig(kind, 1, 16, true, new DoublePair(1, 2), gain, jitter));
    }
}
