package org.rfsweep.analysis.rfm;

/**
 * The small dense N × N products of the feature updates (row-major). Written out rather than
 * taken from a BLAS for the reason {@link LaplaceKrr} gives: a fixed operation order, so the
 * results' bits do not depend on the BLAS kernel a JVM or CPU selects; they are O(N³) once per
 * iteration, far from the hot loops.
 */
public final class MatrixOps {
    private MatrixOps() {
    }

    /** I, n × n. */
    public static double[] identity(int n) {
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            out[i * n + i] = 1;
        }
        return out;
    }

    /** A · B, both n × n. Not modified. */
    public static double[] product(double[] a, double[] b, int n) {
        double[] out = new double[n * n];
        LaplaceKrr.multiply(a, n, b, n, out);
        return out;
    }

    /** M Q M, symmetrised ((X + Xᵀ)/2, so rounding leaves it exactly symmetric). Not modified. */
    public static double[] sandwich(double[] m, double[] q, int n) {
        return symmetrise(product(product(m, q, n), m, n), n);
    }

    /** (A + Aᵀ)/2 in place; returns a. */
    public static double[] symmetrise(double[] a, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = 0.5 * (a[i * n + j] + a[j * n + i]);
                a[i * n + j] = v;
                a[j * n + i] = v;
            }
        }
        return a;
    }

    /**
     * Q = (1/rows) Σ_j g_j g_jᵀ over the rows of g (rows × n, row-major). Not modified.
     */
    public static double[] meanOuter(double[] g, int rows, int n) {
        double[] out = new double[n * n];
        for (int r = 0; r < rows; r++) {
            int off = r * n;
            for (int i = 0; i < n; i++) {
                double gi = g[off + i];
                int oi = i * n;
                for (int j = i; j < n; j++) {
                    out[oi + j] += gi * g[off + j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double v = out[i * n + j] / rows;
                out[i * n + j] = v;
                out[j * n + i] = v;
            }
        }
        return out;
    }

    /** The Frobenius norm √Σ a². Not modified. */
    public static double frobenius(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /** The diagonal of an n × n matrix. Not modified. */
    public static double[] diagonal(double[] a, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = a[i * n + i];
        }
        return out;
    }
}
