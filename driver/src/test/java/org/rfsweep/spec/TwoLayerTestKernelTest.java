package org.rfsweep.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;

/** The test kernel's PSD check, against a dense eigendecomposition and SCIENCE.md §1. */
class TwoLayerTestKernelTest {

    @Test
    void circulantSpectrumMatchesADenseEigendecomposition() {
        for (int n : new int[] {8, 16, 20, 33}) {
            for (double xi : new double[] {1, 3, 5, 40}) {
                double[][] c = new double[n][n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        int d = Math.min(Math.abs(i - j), n - Math.abs(i - j));
                        c[i][j] = Math.exp(-(double) d * d / (xi * xi));
                    }
                }
                double[] eig = new EigenDecomposition(new Array2DRowRealMatrix(c)).getRealEigenvalues();
                double min = Arrays.stream(eig).min().orElseThrow();
                assertEquals(min, TwoLayerTestKernel.minEigenvalue(n, 1, xi), 1e-9, "n=" + n + " xi=" + xi);
            }
        }
    }

    @Test
    void onATwentyPixelRingXiAboveThreeIsNotPositiveSemiDefinite() {
        // SCIENCE.md §1: "on a 20-pixel ring, ξ > 3 already gives negative eigenvalues"
        assertTrue(TwoLayerTestKernel.minEigenvalue(20, 1, 2.5) > 0);
        assertTrue(TwoLayerTestKernel.minEigenvalue(20, 1, 3.1) < 0);
    }
}
