package org.rfsweep.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rfsweep.kernel.RandomStreams;

class IprTest {

    /**
     * A Gaussian vector is r·u with u uniform on the sphere, so E[IPR] = N·E[u_1⁴] = 3/(N+2)
     * exactly. Mean of 4000 draws; tolerance 5 estimated standard errors: false-failure rate
     * ≈ 6·10⁻⁷ (normal approximation of the mean).
     */
    @ParameterizedTest
    @ValueSource(ints = {40, 400, 900})
    void gaussianVectorsAverageThreeOverNPlusTwo(int n) {
        UniformRandomProvider rng = RandomStreams.create(n, "ipr-test");
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        int draws = 4000;
        double[] w = new double[n];
        double sum = 0;
        double sumSq = 0;
        for (int d = 0; d < draws; d++) {
            for (int i = 0; i < n; i++) {
                w[i] = normal.sample();
            }
            double ipr = Ipr.of(w);
            sum += ipr;
            sumSq += ipr * ipr;
        }
        double mean = sum / draws;
        double stdErr = Math.sqrt((sumSq / draws - mean * mean) / draws);
        assertTrue(stdErr < 0.01 * Ipr.randomLevel(n), "the test resolves 1 % of the level");
        assertEquals(3.0 / (n + 2), mean, 5 * stdErr);
    }

    @Test
    void oneHotHasIprOne() {
        double[] w = new double[400];
        w[123] = -2.5;
        assertEquals(1.0, Ipr.of(w), 1e-15);
    }

    /** Σcos⁴ = 3N/8 and Σcos² = N/2 for a frequency m ∉ {0, N/2}: IPR = 1.5/N exactly. */
    @ParameterizedTest
    @ValueSource(ints = {40, 400, 900})
    void sinusoidHasIprOnePointFiveOverN(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 0.3 * Math.cos(2 * Math.PI * 3 * i / n + 0.7);
        }
        assertEquals(1.5 / n, Ipr.of(w), 1e-12 / n);
    }

    @Test
    void uniformVectorHasIprOneOverN() {
        double[] w = new double[400];
        java.util.Arrays.fill(w, 0.1);
        assertEquals(1.0 / 400, Ipr.of(w), 1e-15);
        assertEquals(Double.NaN, Ipr.of(new double[5]));
    }

    @Test
    void iprOfASliceIgnoresTheRest() {
        double[] w = {5, 0, 1, 0, 0, 7};
        assertEquals(1.0, Ipr.of(w, 1, 4), 1e-15);
        assertEquals(9.0 / 400, Ipr.localisedThreshold(398), 1e-15);
    }
}
