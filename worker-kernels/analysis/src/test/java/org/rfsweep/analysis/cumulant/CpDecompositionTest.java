package org.rfsweep.analysis.cumulant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.RandomStreams;

/** The power method with restarts and deflation recovers planted symmetric CP factors. */
class CpDecompositionTest {

    /** r orthonormal vectors of length n (Gram-Schmidt on Gaussian vectors). */
    private static double[][] orthonormal(int r, int n, long seed) {
        Random rnd = new Random(seed);
        double[][] u = new double[r][n];
        for (int a = 0; a < r; a++) {
            for (int i = 0; i < n; i++) {
                u[a][i] = rnd.nextGaussian();
            }
            for (int b = 0; b < a; b++) {
                double d = dot(u[a], u[b]);
                for (int i = 0; i < n; i++) {
                    u[a][i] -= d * u[b][i];
                }
            }
            PowerMethod.normalise(u[a]);
        }
        return u;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /**
     * An orthogonally decomposable tensor of mixed sign: γ = (−3, 2, −1.2) on orthonormal u_r, N =
     * 10. Its eigenvectors of largest |λ| are exactly the u_r (Kolda &amp; Mayo), so deflation recovers
     * each in turn: u to 1e-6 (the step tolerance is 1e-10, convergence is linear), γ to 1e-9.
     */
    @Test
    void recoversOrthogonalPlantedFactorsOfMixedSign() {
        double[] gamma = {-3, 2, -1.2};
        double[][] u = orthonormal(3, 10, 5);
        ExplicitTensor t = ExplicitTensor.planted(gamma, u);
        CpDecomposition.Factor[] f = CpDecomposition.run(t, 3, 4, RandomStreams.create(1, RandomStreams.WEIGHTS),
                10_000, 1e-10);
        for (int r = 0; r < 3; r++) {
            assertEquals(gamma[r], f[r].gamma(), 1e-9, "gamma " + r);
            assertEquals(gamma[r], f[r].lambda(), 1e-9, "lambda " + r);
            assertEquals(1, Math.abs(dot(f[r].u(), u[r])), 1e-6, "factor " + r);
        }
    }

    /**
     * Non-orthogonal factors (overlap 0.2): deflation's λ are then biased, but the joint least-squares
     * refit of γ on the found directions is exact when the directions are: with rank 2 on a rank-2
     * tensor the found u_r are within 0.02 of the planted ones, and refitting on the planted u gives
     * γ exactly.
     */
    @Test
    void jointRefitIsExactOnThePlantedDirections() {
        int n = 9;
        double[][] u = orthonormal(2, n, 9);
        for (int i = 0; i < n; i++) {
            u[1][i] = 0.2 * u[0][i] + Math.sqrt(1 - 0.04) * u[1][i];
        }
        double[] gamma = {-4, -1.5};
        ExplicitTensor t = ExplicitTensor.planted(gamma, u);
        assertArrayEquals(gamma, CpDecomposition.jointWeights(t, u), 1e-9);
        CpDecomposition.Factor[] f = CpDecomposition.run(t, 2, 4, RandomStreams.create(2, RandomStreams.WEIGHTS),
                10_000, 1e-10);
        assertTrue(Math.abs(dot(f[0].u(), u[0])) > 0.98, "overlap " + dot(f[0].u(), u[0]));
        assertEquals(-4, f[0].gamma(), 0.2);
    }

    @Test
    void gramSolverSolvesAndPseudoInvertsASingularSystem() {
        assertArrayEquals(new double[] {1, -2}, GramSolver.solve(new double[] {2, 1, 1, 3}, new double[] {0, -5}), 1e-12);
        // G = [[1, 1], [1, 1]] (two identical factors): least-norm solution splits b equally
        assertArrayEquals(new double[] {1, 1}, GramSolver.solve(new double[] {1, 1, 1, 1}, new double[] {2, 2}), 1e-12);
    }

    @Test
    void factorsHaveUnitNormAndAPositivePeak() {
        double[][] u = orthonormal(1, 6, 3);
        CpDecomposition.Factor[] f = CpDecomposition.run(ExplicitTensor.planted(new double[] {-2}, u), 1, 2,
                RandomStreams.create(4, RandomStreams.WEIGHTS), 1000, 1e-10);
        assertEquals(1, PowerMethod.norm(f[0].u()), 1e-12);
        double peak = 0;
        for (double v : f[0].u()) {
            peak = Math.abs(v) > Math.abs(peak) ? v : peak;
        }
        assertTrue(peak > 0);
    }
}
