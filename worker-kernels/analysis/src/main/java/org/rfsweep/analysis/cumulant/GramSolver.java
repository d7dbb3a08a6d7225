package org.rfsweep.analysis.cumulant;

import breeze.linalg.DenseMatrix;
import breeze.linalg.DenseVector;
import breeze.linalg.eigSym;

/**
 * Solves the small symmetric positive semi-definite system G γ = b through breeze's {@code eigSym}
 * (LAPACK {@code dsyevr}): γ = Σ_k (v_kᵀ b / λ_k) v_k over eigenvalues λ_k &gt; 1e-12 · λ_max (the
 * least-squares solution of least norm when G is singular, e.g. two identical factors). The only
 * class of this package that touches breeze.
 *
 * <p>Implementation note: from Java the UFunc's implementation object {@code eigSym.EigSym_DM_Impl$}
 * is called directly; breeze's {@code DenseMatrix[Double]} is erased to {@code DenseMatrix<Object>}
 * and holds a column-major {@code double[]}.
 */
final class GramSolver {
    private GramSolver() {
    }

    /**
     * @param g r × r symmetric, row-major (= column-major). Not modified.
     * @param b length r. Not modified.
     */
    static double[] solve(double[] g, double[] b) {
        int r = b.length;
        if (g.length != r * r) {
            throw new IllegalArgumentException("G must be " + r + " x " + r);
        }
        DenseMatrix<Object> m = new DenseMatrix<>(r, r, g.clone());
        eigSym.EigSym<DenseVector<Object>, DenseMatrix<Object>> e = eigSym.EigSym_DM_Impl$.MODULE$.apply(m);
        double[] lambda = values(e.eigenvalues(), r);
        DenseMatrix<Object> v = e.eigenvectors();
        double max = 0;
        for (double l : lambda) {
            max = Math.max(max, Math.abs(l));
        }
        double[] gamma = new double[r];
        for (int k = 0; k < r; k++) {
            if (!(lambda[k] > 1e-12 * max)) {
                continue;
            }
            double vb = 0;
            for (int i = 0; i < r; i++) {
                vb += entry(v, i, k) * b[i];
            }
            for (int i = 0; i < r; i++) {
                gamma[i] += vb / lambda[k] * entry(v, i, k);
            }
        }
        return gamma;
    }

    private static double[] values(DenseVector<Object> v, int r) {
        double[] data = (double[]) v.data();
        double[] out = new double[r];
        for (int i = 0; i < r; i++) {
            out[i] = data[v.offset() + i * v.stride()];
        }
        return out;
    }

    private static double entry(DenseMatrix<Object> m, int i, int j) {
        double[] data = (double[]) m.data();
        return m.isTranspose() ? data[m.offset() + j + i * m.majorStride()] : data[m.offset() + i + j * m.majorStride()];
    }
}
