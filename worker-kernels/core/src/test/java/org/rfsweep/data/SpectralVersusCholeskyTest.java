package org.rfsweep.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.RandomStreams;
import org.rfsweep.math.Erf;

/**
 * The FFT sampler against an obviously-correct dense one (test-only, below): z = L ε with L the
 * commons-math3 Cholesky factor of the dense periodic covariance, then the NLGP map with the
 * library-independent scalar {@link Erf#erf(double)}.
 */
class SpectralVersusCholeskyTest {
    private static final int SAMPLES = 200_000;

    /**
     * Exact: the dense factor reproduces the covariance the spectral map was proven to have
     * (L Lᵀ = Σ to 1e-12). Statistical: per class and entry, the difference of the two empirical
     * second moments must be within 6 √(v/n_a + v/n_b), where v = E[x⁴] ≥ Var(x_i x_j)
     * (Cauchy–Schwarz; exact E[x⁴] from the theoretical kurtosis). False-failure
     * rate ≤ P(|Z| &gt; 6) · 2N² ≈ 2e-9 · 800 ≈ 2e-6 (N = 20).
     */
    @ParameterizedTest
    @CsvSource({"NLGP, 1.5, 2.5, 3", "GP, 1.5, 2.5, 3", "NLGP, 1, 2, 0.5"})
    void spectralAndDenseSamplersHaveTheSameCovariance(InputKind kind, double xi0, double xi1, double gain) {
        InputModel model = InputModel.of(new InputConfig(kind, 1, 20, true, new DoublePair(xi0, xi1), gain, 1e-3));
        int n = model.pixels();
        double[][] factor = new double[2][];
        for (int m = 0; m < 2; m++) {
            double[] sigma = kind == InputKind.GP ? model.inputCovariance(m) : model.latentCovariance(m);
            factor[m] = denseFactor(sigma, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double llt = 0;
                    for (int k = 0; k < n; k++) {
                        llt += factor[m][i * n + k] * factor[m][j * n + k];
                    }
                    assertEquals(sigma[i * n + j], llt, 1e-12);
                }
            }
        }
        EmpiricalCovariance spectral = EmpiricalCovariance.of(model.stream(RandomStreams.create(1, "fft")), SAMPLES);
        EmpiricalCovariance dense = EmpiricalCovariance.of(
                new DenseSampler(factor, n, kind, gain, RandomStreams.create(2, "dense")), SAMPLES);
        double fourth = (model.theoreticalExcessKurtosis() + 3) * model.inputCovariance(0)[0] * model.inputCovariance(0)[0];
        for (int m = 0; m < 2; m++) {
            double[] a = spectral.full(m);
            double[] b = dense.full(m);
            double se = Math.sqrt(fourth / spectral.count[m] + fourth / dense.count[m]);
            for (int i = 0; i < n * n; i++) {
                assertTrue(Math.abs(a[i] - b[i]) <= 6 * se, "class " + m + " entry " + i + ": " + a[i] + " vs " + b[i]);
            }
        }
    }

    private static double[] denseFactor(double[] sigma, int n) {
        RealMatrix matrix = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                matrix.setEntry(i, j, sigma[i * n + j]);
            }
        }
        RealMatrix l = new CholeskyDecomposition(matrix).getL();
        double[] flat = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                flat[i * n + j] = l.getEntry(i, j);
            }
        }
        return flat;
    }

    /** The obviously-correct reference sampler: a fair class, z = L_m ε, x = erf(g z/√2)/√γ for the NLGP. */
    private static final class DenseSampler implements SampleStream {
        private final double[][] factor;
        private final int n;
        private final boolean nonlinear;
        private final double gain;
        private final UniformRandomProvider rng;
        private final ZigguratSampler.NormalizedGaussian gauss;
        private final double[] eps;

        DenseSampler(double[][] factor, int n, InputKind kind, double gain, UniformRandomProvider rng) {
            this.factor = factor;
            this.n = n;
            this.nonlinear = kind == InputKind.NLGP && gain > 0;
            this.gain = gain;
            this.rng = rng;
            this.gauss = ZigguratSampler.NormalizedGaussian.of(rng);
            this.eps = new double[n];
        }

        @Override
        public int pixels() {
            return n;
        }

        @Override
        public int next(double[] x, int offset) {
            int m = rng.nextBoolean() ? 1 : 0;
            for (int i = 0; i < n; i++) {
                eps[i] = gauss.sample();
            }
            for (int i = 0; i < n; i++) {
                double z = 0;
                for (int j = 0; j <= i; j++) {
                    z += factor[m][i * n + j] * eps[j];
                }
                x[offset + i] = nonlinear ? Erf.erf(gain * z / Math.sqrt(2)) / Math.sqrt(Nlgp.gamma(gain)) : z;
            }
            return m;
        }
    }
}
