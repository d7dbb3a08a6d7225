package org.rfsweep.analysis.cumulant;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rfsweep.analysis.linalg.SignConvention;

/**
 * The leading symmetric CP factors T ≈ Σ_r γ_r u_r⊗u_r⊗u_r⊗u_r of a symmetric 4-tensor, by greedy
 * deflation: factor r is the eigenpair of largest |eigenvalue| of T − Σ_{q&lt;r} λ_q u_q⊗4 that
 * {@link PowerMethod} finds from {@code restarts} random unit starts, each run for both signs
 * (the most negative and the most positive eigenvalue), so that a tensor of either sign, or of
 * mixed sign, is handled. Afterwards the weights are refitted jointly by least squares,
 * min_γ ‖T − Σ_r γ_r u_r⊗4‖_F, whose normal equations are G γ = b with G_rq = (u_r·u_q)⁴ and
 * b_r = T(u_r, u_r, u_r, u_r) ({@link GramSolver}); for orthogonal factors γ_r equals the
 * deflation eigenvalue λ_r.
 *
 * <p>Each u_r is reported with the sign that makes its largest-magnitude entry positive (u and −u
 * are the same factor of an even-order tensor). Start vectors are standard normal draws from the
 * given random stream, in order: restart k of factor r uses the (r·restarts + k)-th vector.
 */
final class CpDecomposition {
    private CpDecomposition() {
    }

    /**
     * One factor.
     *
     * @param u          unit vector
     * @param lambda     the deflation eigenvalue (residual tensor at u)
     * @param gamma      the jointly refitted weight γ_r
     * @param iterations power iterations of the winning run
     */
    record Factor(double[] u, double lambda, double gamma, int iterations) {
    }

    /**
     * @param rank     number of factors
     * @param restarts random starts per factor (each run with both signs)
     * @param rng      source of the start vectors
     */
    static Factor[] run(SymmetricTensor4 t, int rank, int restarts, UniformRandomProvider rng, int maxIter,
                        double tol) {
        int n = t.dim();
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] us = new double[rank][];
        double[] lambdas = new double[rank];
        int[] iterations = new int[rank];
        double[] start = new double[n];
        double[] u = new double[n];
        for (int r = 0; r < rank; r++) {
            SymmetricTensor4 residual = r == 0 ? t
                    : new DeflatedTensor(t, Arrays.copyOf(lambdas, r), Arrays.copyOf(us, r));
            PowerMethod pm = new PowerMethod(residual);
            double best = Double.NaN;
            for (int k = 0; k < restarts; k++) {
                for (int i = 0; i < n; i++) {
                    start[i] = gauss.sample();
                }
                for (int sign = -1; sign <= 1; sign += 2) {
                    System.arraycopy(start, 0, u, 0, n);
                    PowerMethod.Eigenpair e = pm.run(u, sign, maxIter, tol);
                    if (Double.isNaN(best) || Math.abs(e.value()) > Math.abs(best)) {
                        best = e.value();
                        us[r] = SignConvention.orient(u.clone());
                        iterations[r] = e.iterations();
                    }
                }
            }
            lambdas[r] = best;
        }
        double[] gammas = jointWeights(t, us);
        Factor[] out = new Factor[rank];
        for (int r = 0; r < rank; r++) {
            out[r] = new Factor(us[r], lambdas[r], gammas[r], iterations[r]);
        }
        return out;
    }

    /** γ = argmin ‖T − Σ γ_r u_r⊗4‖_F. */
    static double[] jointWeights(SymmetricTensor4 t, double[][] us) {
        int rank = us.length;
        double[] g = new double[rank * rank];
        double[] b = new double[rank];
        double[] scratch = new double[t.dim()];
        for (int r = 0; r < rank; r++) {
            b[r] = t.contract(us[r], scratch);
            for (int q = 0; q < rank; q++) {
                double d = dot(us[r], us[q]);
                g[r * rank + q] = d * d * d * d;
            }
        }
        return GramSolver.solve(g, b);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
