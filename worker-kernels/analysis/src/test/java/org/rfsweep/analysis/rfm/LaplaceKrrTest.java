package org.rfsweep.analysis.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The kernel machine against direct computations: the first RFM fit (M = I) is plain Laplace
 * kernel ridge regression, the gradients are finite differences of the predictor, and the
 * gradient directions used for the AGOP are the gradients.
 */
class LaplaceKrrTest {
    private static final int N = 7;
    private static final int DIMS = 6;
    private static final double L = 10;

    private static double[] normals(UniformRandomProvider rng, int count, double scale) {
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = scale * g.sample();
        }
        return out;
    }

    /** A random symmetric positive definite metric A Aᵀ / d + 0.1 I. */
    private static double[] randomMetric(UniformRandomProvider rng, int d) {
        double[] a = normals(rng, d * d, 1);
        double[] m = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s += a[i * d + k] * a[j * d + k];
                }
                m[i * d + j] = s / d + (i == j ? 0.1 : 0);
            }
        }
        return m;
    }

    @Test
    void withTheIdentityTheFitIsPlainLaplaceKernelRidgeRegression() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        int n = 40;
        double ridge = 1e-3;
        double[] x = normals(rng, n * DIMS, 3);
        double[] y = normals(rng, n, 1);
        LaplaceKrr krr = new LaplaceKrr(x, y, DIMS, L, ridge);
        krr.fit(MatrixOps.identity(DIMS));
        // direct: K_ij = exp(-|x_i - x_j| / L) from the differences, alpha = (K + lambda I)^-1 y by LU
        RealMatrix k = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k.setEntry(i, j, Math.exp(-euclid(x, i * DIMS, x, j * DIMS) / L) + (i == j ? ridge : 0));
            }
        }
        double[] alpha = new LUDecomposition(k).getSolver().solve(new ArrayRealVector(y)).toArray();
        for (int i = 0; i < n; i++) {
            assertEquals(alpha[i], krr.alpha()[i], 1e-9 * (1 + Math.abs(alpha[i])), "alpha " + i);
        }
        double[] z = normals(rng, DIMS, 3);
        double direct = 0;
        for (int i = 0; i < n; i++) {
            direct += alpha[i] * Math.exp(-euclid(z, 0, x, i * DIMS) / L);
        }
        assertEquals(direct, krr.predict(z, 0, new double[DIMS]), 1e-9 * (1 + Math.abs(direct)));
        // on a training point the fit interpolates up to the ridge: f(x_i) = y_i - lambda alpha_i
        assertEquals(y[3] - ridge * alpha[3], krr.predict(x, 3 * DIMS, new double[DIMS]), 1e-9);
    }

    private static double euclid(double[] a, int ao, double[] b, int bo) {
        double s = 0;
        for (int k = 0; k < DIMS; k++) {
            s += (a[ao + k] - b[bo + k]) * (a[ao + k] - b[bo + k]);
        }
        return Math.sqrt(s);
    }

    @Test
    void theGradientEqualsCentralDifferencesOfThePredictor() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(12L);
        double[] x = normals(rng, N * DIMS, 2);
        double[] y = normals(rng, N, 1);
        double[] m = randomMetric(rng, DIMS);
        LaplaceKrr krr = new LaplaceKrr(x, y, DIMS, L, 1e-3);
        krr.fit(m);
        double[] work = new double[DIMS];
        for (int trial = 0; trial < 5; trial++) {
            double[] z = normals(rng, DIMS, 2);
            double[] grad = krr.gradient(z);
            double norm = Math.sqrt(MatrixOps.frobenius(grad) * MatrixOps.frobenius(grad));
            for (int k = 0; k < DIMS; k++) {
                double h = 1e-5;
                double[] up = z.clone();
                double[] down = z.clone();
                up[k] += h;
                down[k] -= h;
                double fd = (krr.predict(up, 0, work) - krr.predict(down, 0, work)) / (2 * h);
                assertEquals(fd, grad[k], 1e-6 * norm, "component " + k);
            }
        }
    }

    @Test
    void theGradientDirectionsAtTheTrainingPointsGiveTheGradients() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(13L);
        int n = 25;
        double[] x = normals(rng, n * DIMS, 2);
        double[] y = normals(rng, n, 1);
        double[] m = randomMetric(rng, DIMS);
        LaplaceKrr krr = new LaplaceKrr(x, y, DIMS, L, 1e-3);
        krr.fit(m);
        double[] dirs = new double[n * DIMS];
        krr.gradientDirections(dirs);
        for (int j = 0; j < n; j++) {
            double[] point = new double[DIMS];
            System.arraycopy(x, j * DIMS, point, 0, DIMS);
            double[] grad = krr.gradient(point);
            double[] g = new double[DIMS];
            System.arraycopy(dirs, j * DIMS, g, 0, DIMS);
            double[] mg = new double[DIMS];
            LaplaceKrr.multiply(g, 1, m, DIMS, mg); // M symmetric: g M = (M g)^T
            for (int k = 0; k < DIMS; k++) {
                assertEquals(grad[k], mg[k], 1e-12 * (1 + Math.abs(grad[k])), "point " + j + " component " + k);
            }
        }
        assertTrue(LaplaceKrr.bytes(1000, 100) < 10_000_000);
    }
}
