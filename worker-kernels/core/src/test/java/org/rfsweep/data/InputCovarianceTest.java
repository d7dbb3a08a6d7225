package org.rfsweep.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.RandomStreams;

/**
 * Empirical covariance of the samplers against {@link InputModel#inputCovariance} (the exact arcsin
 * formula), for both classes.
 *
 * <p>Two statistics per class:
 * <ul>
 * <li>every entry: |Ŝ_ij − K_ij| ≤ 6.5 σ_ij with σ_ij² = E[x⁴]/n_m ≥ Var(x_i x_j)/n_m (Cauchy–Schwarz:
 * E[x_i² x_j²] ≤ E[x⁴], all pixels sharing one marginal with E[x⁴] = (κ + 3) K_ii²). The bound
 * overstates σ, so the false-failure rate is below P(|Z| &gt; 6.5) ≈ 8e-11 per entry, ≤ 3e-5 per run
 * over the ≤ 4·10⁴ entries tested (every 8th row at N = 400);</li>
 * <li>relative Frobenius error &lt; 1e-2. For the full N × N matrix at N = 400 and 5·10⁴ samples
 * the Monte-Carlo floor alone is √((‖K‖² + N²)/n_m)/‖K‖ ≈ 0.04–0.1 (measured: 0.036–0.106),
 * so for periodic boundaries the criterion is applied to the translation average of Ŝ (an
 * estimator of the same circulant K with N times the data, computed from the periodogram;
 * the relative Frobenius error of a circulant matrix is that of its first row; measured ≈ 0.006, a sum over N
 * offsets of squared noise that fluctuates by a few per cent, so 1e-2 is many standard
 * deviations away). Any deviation from translation invariance is caught entry by entry above
 * and exactly by {@link SpectralExactnessTest}. Open boundaries have no
 * translation invariance: those cases use N = 40 (36 in 2-D) and 10⁶ samples, where the
 * full-matrix error is ≈ 0.006 for class 0 (measured 0.0095 at 4·10⁵ samples, scaling as
 * n^−½) and ≈ 0.004 for class 1.</li>
 * </ul>
 */
class InputCovarianceTest {
    /** Periodic cases check every entry of every ROW_STEP-th row (the full matrix costs N² per sample). */
    private static final int ROW_STEP = 8;

    @ParameterizedTest(name = "{0} dim {1} size {2} periodic {3} xi ({4},{5}) g {6}")
    @CsvSource({
        "NLGP, 1, 400, true, 2, 10, 3, 50000",
        "GP, 1, 400, true, 2, 10, 3, 50000",
        "NLGP, 2, 20, true, 1, 3, 3, 50000",
        "GP, 2, 20, true, 1, 3, 3, 50000",
        "NLGP, 1, 40, false, 3, 6, 3, 1000000",
        "GP, 1, 40, false, 3, 6, 3, 1000000",
        "NLGP, 2, 6, false, 1.5, 3, 3, 1000000",
        "GP, 2, 6, false, 1.5, 3, 3, 1000000",
        "NLGP, 1, 40, false, 3, 6, 0, 1000000",
    })
    void empiricalCovarianceMatchesArcsinFormula(InputKind kind, int dim, int size, boolean periodic,
                                                 double xi0, double xi1, double gain, int samples) {
        InputModel model = InputModel.of(new InputConfig(kind, dim, size, periodic, new DoublePair(xi0, xi1), gain, 1e-3));
        int n = model.pixels();
        int rowStep = periodic ? ROW_STEP : 1;
        EmpiricalCovariance acc = EmpiricalCovariance.of(model.stream(RandomStreams.create(42, "cov")), samples,
                rowStep, periodic ? dim : 0, size);
        double fourthOverSquare = model.theoreticalExcessKurtosis() + 3;
        for (int m = 0; m < 2; m++) {
            double[] exact = model.inputCovariance(m);
            double sigma = Math.sqrt(fourthOverSquare / acc.count[m]) * exact[0];
            double diff = 0;
            double norm = 0;
            for (int r = 0; r < acc.rows; r++) {
                int i = r * rowStep;
                double[] row = acc.row(m, r);
                for (int j = 0; j < n; j++) {
                    double e = exact[i * n + j];
                    assertTrue(Math.abs(row[j] - e) <= 6.5 * sigma,
                            "class " + m + " entry " + i + "," + j + ": " + row[j] + " vs " + e + ", sigma " + sigma);
                    diff += (row[j] - e) * (row[j] - e);
                    norm += e * e;
                }
            }
            double err = periodic
                    ? EmpiricalCovariance.relativeError(acc.translationAverage(m, dim, size), Arrays.copyOf(exact, n))
                    : Math.sqrt(diff / norm);
            assertTrue(err < 1e-2, "class " + m + " relative Frobenius error " + err);
        }
    }
}
