package org.rfsweep.analysis.rfm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.rfsweep.analysis.linalg.SymmetricEigen;

/**
 * The RFM learns the relevant coordinates: on x ~ N(0, I_10) with the target y = x_2 · x_7
 * (which depends on two coordinates only), three AGOP updates (SCIENCE.md §9's L = 10, λ = 1e-3,
 * no rescaling) concentrate M's two leading eigenvectors on coordinates 2 and 7.
 */
class RfmFeatureTest {
    private static final int DIMS = 10;

    @Test
    void theLeadingEigenvectorsConcentrateOnTheTwoRelevantCoordinates() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        int n = 500;
        double[] x = new double[n * DIMS];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < DIMS; k++) {
                x[i * DIMS + k] = g.sample();
            }
            y[i] = x[i * DIMS + 2] * x[i * DIMS + 7];
        }
        LaplaceKrr krr = new LaplaceKrr(x, y, DIMS, 10, 1e-3);
        Rfm rfm = new Rfm(DIMS);
        double[] m = rfm.initial();
        double[] dirs = new double[n * DIMS];
        for (int t = 0; t < 3; t++) {
            krr.fit(rfm.imageMetric(m));
            krr.gradientDirections(dirs);
            m = rfm.next(m, MatrixOps.meanOuter(dirs, n, DIMS));
        }
        SymmetricEigen eig = SymmetricEigen.of(m, DIMS);
        for (int r = 0; r < 2; r++) {
            double[] u = eig.vector(r);
            double mass = u[2] * u[2] + u[7] * u[7];
            // a random unit vector puts 2/10 of its mass there; the learned ones nearly all of it
            assertTrue(mass > 0.9, "eigenvector " + r + " has mass " + mass + " on coordinates 2 and 7");
        }
        assertTrue(eig.values()[1] > 10 * eig.values()[2], "two dominant directions: " + eig.values()[1] + " vs "
                + eig.values()[2]);
    }
}
