package org.rfsweep.analysis.linalg;

import breeze.linalg.DenseMatrix;
import breeze.linalg.DenseVector;
import breeze.linalg.eigSym;

/**
 * The eigendecomposition A = Σ_r λ_r u_r u_rᵀ of a real symmetric n × n matrix, through breeze's
 * {@code eigSym} (LAPACK {@code dsyevr}). This is the only class of the analysis kernels that
 * touches breeze: everything else sees flat row-major {@code double[]}.
 *
 * <p>Implementation note: breeze's UFunc {@code eigSym(m)} needs a Scala implicit; from Java the
 * implementation object {@code eigSym.EigSym_DM_Impl$} is called directly. Breeze's generic
 * {@code DenseMatrix[Double]} is erased to {@code DenseMatrix<Object>} in Java; its data is a
 * {@code double[]} in column-major order (identical to row-major for a symmetric input).
 *
 * @param values  eigenvalues in decreasing order (length n)
 * @param vectors unit eigenvectors, row-major: vector r (of eigenvalue {@code values[r]}) at
 *                {@code [r·n, (r+1)·n)}
 * @param n       the matrix order
 */
public record SymmetricEigen(double[] values, double[] vectors, int n) {

    /**
     * Decomposes the symmetric matrix {@code a}.
     *
     * @param a n × n, row-major; only symmetric input is meaningful (the lower triangle is read).
     *          Not modified.
     * @throws IllegalArgumentException if {@code a} is not n × n or holds NaN or infinity
     */
    public static SymmetricEigen of(double[] a, int n) {
        if (n < 1 || a.length != n * n) {
            throw new IllegalArgumentException("expected an n x n matrix with n = " + n + ", got " + a.length
                    + " entries");
        }
        for (double v : a) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("matrix has a non-finite entry: " + v);
            }
        }
        DenseMatrix<Object> m = new DenseMatrix<>(n, n, a.clone());
        eigSym.EigSym<DenseVector<Object>, DenseMatrix<Object>> e = eigSym.EigSym_DM_Impl$.MODULE$.apply(m);
        return descending(doubles(e.eigenvalues()), columnMajor(e.eigenvectors(), n), n);
    }

    private static double[] doubles(DenseVector<Object> v) {
        double[] data = (double[]) v.data();
        double[] out = new double[v.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = data[v.offset() + i * v.stride()];
        }
        return out;
    }

    /** The matrix as column-major data (column j at j·n), whatever breeze's layout. */
    private static double[] columnMajor(DenseMatrix<Object> m, int n) {
        double[] data = (double[]) m.data();
        double[] out = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int idx = m.isTranspose() ? m.offset() + j + i * m.majorStride() : m.offset() + i + j * m.majorStride();
                out[j * n + i] = data[idx];
            }
        }
        return out;
    }

    /** LAPACK returns ascending eigenvalues, eigenvectors as columns: reverse both. */
    private static SymmetricEigen descending(double[] ascending, double[] columns, int n) {
        double[] values = new double[n];
        double[] vectors = new double[n * n];
        for (int r = 0; r < n; r++) {
            int src = n - 1 - r;
            values[r] = ascending[src];
            System.arraycopy(columns, src * n, vectors, r * n, n);
        }
        return new SymmetricEigen(values, vectors, n);
    }

    /** Eigenvector r (a copy). */
    public double[] vector(int r) {
        double[] out = new double[n];
        System.arraycopy(vectors, r * n, out, 0, n);
        return out;
    }
}
