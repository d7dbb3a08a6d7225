package org.rfsweep.analysis.convrfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.rfsweep.analysis.conv.Patches;
import org.rfsweep.analysis.rfm.LaplaceKrr;
import org.rfsweep.analysis.rfm.MatrixOps;

/**
 * The ConvRFM's kernel and update against direct computations: the Laplace kernel with the
 * lifted metric is the kernel on patch-transformed images, its gradient with respect to each
 * patch (as an independent input) equals central differences, and the update M fold(Q) M is the
 * sum of the per-patch gradient outer products, normalised.
 */
class ConvRfmTest {
    private static final double L = 10;

    private static double[] normals(UniformRandomProvider rng, int count) {
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = g.sample();
        }
        return out;
    }

    /** A random symmetric positive definite taps × taps patch matrix. */
    private static double[] patchMatrix(UniformRandomProvider rng, int t) {
        double[] a = normals(rng, t * t);
        double[] m = new double[t * t];
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < t; j++) {
                for (int k = 0; k < t; k++) {
                    m[i * t + j] += a[i * t + k] * a[j * t + k] / t;
                }
            }
            m[i * t + i] += 0.1;
        }
        return m;
    }

    /** f as a function of the unfolded patches u of x: Σ_i α_i exp(−√(Σ_p (u_p − u_p^i)ᵀ M (u_p − u_p^i)) / L). */
    private static double predictFromPatches(double[] u, double[][] trainPatches, double[] alpha, double[] m,
                                             Patches patches) {
        int t = patches.taps();
        double f = 0;
        for (int i = 0; i < alpha.length; i++) {
            double sq = 0;
            for (int p = 0; p < patches.positions(); p++) {
                for (int a = 0; a < t; a++) {
                    double da = u[p * t + a] - trainPatches[i][p * t + a];
                    for (int b = 0; b < t; b++) {
                        sq += da * m[a * t + b] * (u[p * t + b] - trainPatches[i][p * t + b]);
                    }
                }
            }
            f += alpha[i] * Math.exp(-Math.sqrt(sq) / L);
        }
        return f;
    }

    @Test
    void thePatchGradientEqualsCentralDifferencesOfTheKernelOnPatches() {
        for (int dim = 1; dim <= 2; dim++) {
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(40L + dim);
            Patches patches = dim == 1 ? Patches.of(1, 9, 3, true) : Patches.of(2, 4, 2, true);
            int n = 12;
            int dims = patches.pixels();
            int t = patches.taps();
            double[] x = normals(rng, n * dims);
            double[] m = patchMatrix(rng, t);
            LaplaceKrr krr = new LaplaceKrr(x, normals(rng, n), dims, L, 1e-3);
            krr.fit(patches.lift(m));
            double[][] trainPatches = new double[n][patches.index().length];
            for (int i = 0; i < n; i++) {
                patches.unfold(x, i * dims, trainPatches[i]);
            }
            double[] z = normals(rng, dims);
            double[] u = new double[patches.index().length];
            patches.unfold(z, 0, u);
            // the kernel on patch-transformed images is the lifted-metric kernel
            assertEquals(predictFromPatches(u, trainPatches, krr.alpha(), m, patches), krr.predict(z, 0,
                    new double[dims]), 1e-12);
            double[] g = krr.direction(z);
            for (int p = 0; p < patches.positions(); p++) {
                double[] local = new double[t];
                for (int j = 0; j < t; j++) {
                    local[j] = g[patches.index()[p * t + j]];
                }
                double[] grad = new double[t]; // M U_p g
                for (int a = 0; a < t; a++) {
                    for (int b = 0; b < t; b++) {
                        grad[a] += m[a * t + b] * local[b];
                    }
                }
                for (int j = 0; j < t; j++) {
                    int i = p * t + j;
                    double h = 1e-5;
                    double saved = u[i];
                    u[i] = saved + h;
                    double up = predictFromPatches(u, trainPatches, krr.alpha(), m, patches);
                    u[i] = saved - h;
                    double down = predictFromPatches(u, trainPatches, krr.alpha(), m, patches);
                    u[i] = saved;
                    double fd = (up - down) / (2 * h);
                    assertEquals(fd, grad[j], 1e-6 * (Math.abs(fd) + 1e-3), "dim " + dim + " patch " + p + " tap " + j);
                }
            }
        }
    }

    @Test
    void theUpdateIsTheNormalisedSumOfPerPatchGradientOuterProducts() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(44L);
        Patches patches = Patches.of(2, 4, 3, false);
        int n = 15;
        int dims = patches.pixels();
        int t = patches.taps();
        double[] x = normals(rng, n * dims);
        ConvRfm update = new ConvRfm(patches);
        double[] m = update.initial();
        assertEquals(1, MatrixOps.frobenius(m), 1e-15);
        LaplaceKrr krr = new LaplaceKrr(x, normals(rng, n), dims, L, 1e-3);
        krr.fit(update.imageMetric(m));
        double[] dirs = new double[n * dims];
        krr.gradientDirections(dirs);
        double[] next = update.next(m, MatrixOps.meanOuter(dirs, n, dims));
        double[] explicit = new double[t * t];
        for (int j = 0; j < n; j++) {
            for (int p = 0; p < patches.positions(); p++) {
                double[] grad = new double[t];
                for (int a = 0; a < t; a++) {
                    for (int b = 0; b < t; b++) {
                        grad[a] += m[a * t + b] * dirs[j * dims + patches.index()[p * t + b]];
                    }
                }
                for (int a = 0; a < t; a++) {
                    for (int b = 0; b < t; b++) {
                        explicit[a * t + b] += grad[a] * grad[b] / n;
                    }
                }
            }
        }
        double norm = MatrixOps.frobenius(explicit);
        assertTrue(norm > 0);
        for (int i = 0; i < explicit.length; i++) {
            assertEquals(explicit[i] / norm, next[i], 1e-12);
        }
        assertEquals(1, MatrixOps.frobenius(next), 1e-12);
    }
}
