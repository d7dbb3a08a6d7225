package org.rfsweep.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.RandomStreams;

/**
 * The marginal of the sampled pixels: excess kurtosis equal to SCIENCE.md's table, unit variance
 * at every pixel. Jitter 0 (the table is for unit latent variance), ξ = 0.5 on a 64-ring so
 * neighbouring pixels are nearly independent (correlation e⁻⁴ ≈ 0.02), 4·10⁴ samples per gain.
 */
class SampleMarginalTest {
    private static final int SIZE = 64;
    private static final int SAMPLES = 40_000;
    private static final int BATCHES = 20;

    /**
     * Kurtosis: the estimate m4/m2² − 3 (mean known to be 0) per batch of 2000 samples; the mean of
     * the 20 batch estimates must lie within 6.5 standard errors (their spread / √20) plus the
     * table's rounding (5e-4) of the table value. False-failure rate: P(|t₁₉| &gt; 6.5) ≈ 3e-6 per
     * gain.
     *
     * <p>Variance: per pixel, the mean of x_i² over all samples must be within 5.5 σ of 1, with
     * σ² = (E[x⁴] − 1)/n = (κ + 2)/n exactly (samples are independent). False-failure rate
     * ≤ 64 · 3.8e-8 ≈ 2.4e-6 per gain.
     */
    @ParameterizedTest
    @CsvSource({"0.1, -0.039", "0.5, -0.622", "1, -1.200", "3, -1.757", "10, -1.934", "100, -1.994"})
    void kurtosisMatchesTheTableAndEveryPixelHasUnitVariance(double gain, double table) {
        InputModel model = InputModel.of(new InputConfig(InputKind.NLGP, 1, SIZE, true,
                new DoublePair(0.5, 0.5), gain, 0));
        SampleStream stream = model.stream(RandomStreams.create(11, "marginal-" + gain));
        double[] x = new double[SIZE];
        double[] pixelSquares = new double[SIZE];
        double[] batchKurtosis = new double[BATCHES];
        int perBatch = SAMPLES / BATCHES;
        for (int b = 0; b < BATCHES; b++) {
            double m2 = 0;
            double m4 = 0;
            for (int s = 0; s < perBatch; s++) {
                stream.next(x, 0);
                for (int i = 0; i < SIZE; i++) {
                    double x2 = x[i] * x[i];
                    m2 += x2;
                    m4 += x2 * x2;
                    pixelSquares[i] += x2;
                }
            }
            m2 /= perBatch * SIZE;
            m4 /= perBatch * SIZE;
            batchKurtosis[b] = m4 / (m2 * m2) - 3;
        }
        double mean = 0;
        for (double k : batchKurtosis) {
            mean += k / BATCHES;
        }
        double var = 0;
        for (double k : batchKurtosis) {
            var += (k - mean) * (k - mean) / (BATCHES - 1);
        }
        double standardError = Math.sqrt(var / BATCHES);
        assertTrue(Math.abs(mean - table) <= 6.5 * standardError + 5e-4,
                "g=" + gain + ": sampled excess kurtosis " + mean + " ± " + standardError + ", table " + table);
        double sigma = Math.sqrt((model.theoreticalExcessKurtosis() + 2) / SAMPLES);
        for (int i = 0; i < SIZE; i++) {
            double variance = pixelSquares[i] / SAMPLES;
            assertTrue(Math.abs(variance - 1) <= 5.5 * sigma, "g=" + gain + " pixel " + i + " variance " + variance);
        }
    }

    /**
     * The ends of the accepted gain range give finite, unit-variance pixels (mean of x² over
     * 2·10⁴ · 64 values within 5.5 σ of 1, σ² = (κ + 2)/n, ignoring the weak pixel correlations,
     * which the e⁻⁴ neighbour correlation keeps below a 10 % change of σ; false-failure rate
     * ≈ 4e-8), and their kurtosis matches mpmath quadrature (−1.420687906e-11 and −1.999999368).
     */
    @ParameterizedTest
    @CsvSource({"1e-6, -1.420687906e-11", "1e6, -1.999999368"})
    void extremeGainsStayFiniteWithUnitVariance(double gain, double kurtosis) {
        InputModel model = InputModel.of(new InputConfig(InputKind.NLGP, 1, SIZE, true,
                new DoublePair(0.5, 0.5), gain, 0));
        assertEquals(kurtosis, model.theoreticalExcessKurtosis(), 1e-9);
        SampleStream stream = model.stream(RandomStreams.create(12, "extreme"));
        double[] x = new double[SIZE];
        int samples = 20_000;
        double sum = 0;
        for (int s = 0; s < samples; s++) {
            stream.next(x, 0);
            for (double v : x) {
                assertTrue(Double.isFinite(v));
                sum += v * v;
            }
        }
        double meanSquare = sum / ((double) samples * SIZE);
        double sigma = Math.sqrt((kurtosis + 2) / ((double) samples * SIZE));
        assertTrue(Math.abs(meanSquare - 1) <= 5.5 * sigma + 1e-12, "g=" + gain + ": mean square " + meanSquare);
    }
}
