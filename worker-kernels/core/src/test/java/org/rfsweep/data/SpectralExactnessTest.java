package org.rfsweep.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rfsweep.kernel.DoublePair;

/**
 * Exact proof of the two-samples-per-FFT scheme: the spectral sampler is linear in its 2N normals,
 * z = A ε, so its covariance is A Aᵀ. Feeding the unit vectors ε = e_r recovers A column by column;
 * A Aᵀ must equal blockdiag(Σ_m0, Σ_m1) (Σ the Gaussian actually sampled: the latent C for the
 * NLGP, the arcsin covariance K for the control), with zero cross-covariance between the two
 * samples of a pair. Deterministic, tolerance 1e-12 (roundoff of a few FFTs).
 */
class SpectralExactnessTest {

    @ParameterizedTest
    @CsvSource({
        "NLGP, 1, 20, 1.5, 3, 3",
        "NLGP, 1, 7, 1, 2, 0.5",
        "GP, 1, 20, 1.5, 3, 3",
        "GP, 1, 9, 2, 1, 10",
        "NLGP, 2, 6, 1, 1.5, 3",
        "GP, 2, 5, 1, 1.5, 3",
        "GP, 2, 6, 0.7, 1.2, 0",
    })
    void spectralMapHasExactlyTheModelCovariance(InputKind kind, int dim, int size, double xi0, double xi1,
                                                 double gain) {
        InputModel model = InputModel.of(new InputConfig(kind, dim, size, true, new DoublePair(xi0, xi1), gain, 1e-3));
        int n = model.pixels();
        for (int[] classes : new int[][] {{0, 1}, {1, 0}, {1, 1}}) {
            double[] a = mapMatrix(model, classes[0], classes[1]);
            double[] expected0 = sampledCovariance(model, kind, classes[0]);
            double[] expected1 = sampledCovariance(model, kind, classes[1]);
            for (int i = 0; i < 2 * n; i++) {
                for (int j = 0; j < 2 * n; j++) {
                    double aat = 0;
                    for (int r = 0; r < 2 * n; r++) {
                        aat += a[i * 2 * n + r] * a[j * 2 * n + r];
                    }
                    double exact = i < n && j < n ? expected0[i * n + j]
                            : i >= n && j >= n ? expected1[(i - n) * n + j - n] : 0.0;
                    assertEquals(exact, aat, 1e-12, "entry " + i + "," + j + " classes " + classes[0] + classes[1]);
                }
            }
        }
    }

    /** The Gaussian the spectral sampler draws for class m: C_m for the NLGP, K_m for the control. */
    private static double[] sampledCovariance(InputModel model, InputKind kind, int m) {
        return kind == InputKind.GP ? model.inputCovariance(m) : model.latentCovariance(m);
    }

    /** A (2N × 2N, row-major): rows 0..N−1 the real-part sample, N..2N−1 the imaginary-part one. */
    private static double[] mapMatrix(InputModel model, int m0, int m1) {
        int n = model.pixels();
        SpectralSampleStream stream = (SpectralSampleStream) model.stream(RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        double[] a = new double[4 * n * n];
        double[] e = new double[2 * n];
        for (int r = 0; r < 2 * n; r++) {
            Arrays.fill(e, 0);
            e[r] = 1;
            stream.latentPair(e, m0, m1);
            for (int i = 0; i < n; i++) {
                a[i * 2 * n + r] = stream.latentRe()[i];
                a[(n + i) * 2 * n + r] = stream.latentIm()[i];
            }
        }
        return a;
    }
}
