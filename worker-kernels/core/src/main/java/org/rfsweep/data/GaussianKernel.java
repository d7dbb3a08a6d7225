package org.rfsweep.data;

/**
 * The latent covariance of SCIENCE.md §1: C[i, j] = exp(−d(i, j)² / ξ²) + jitter·δ_ij, with d the
 * ring distance min(|i − j|, size − |i − j|) under periodic boundaries and |i − j| otherwise; in
 * 2-D the separable kron(C1, C1) over row-major pixels (r, c) ↦ r·size + c, jitter added after.
 */
final class GaussianKernel {
    private GaussianKernel() {
    }

    /** exp(−d²/ξ²) for the 1-D distance between positions a and b on a side of length size. */
    static double value(int a, int b, int size, double xi, boolean periodic) {
        int d = Math.abs(a - b);
        if (periodic) {
            d = Math.min(d, size - d);
        }
        return Math.exp(-(double) d * d / (xi * xi));
    }

    /** The jitter-free 1-D kernel row k ↦ exp(−d(0, k)²/ξ²), k &lt; size. */
    static double[] row1d(int size, double xi, boolean periodic) {
        double[] row = new double[size];
        for (int k = 0; k < size; k++) {
            row[k] = value(0, k, size, xi, periodic);
        }
        return row;
    }

    /** The dense N × N latent covariance, row-major, jitter included. */
    static double[] dense(int dim, int size, double xi, boolean periodic, double jitter) {
        int n = dim == 1 ? size : size * size;
        double[] side = new double[size * size];
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                side[a * size + b] = value(a, b, size, xi, periodic);
            }
        }
        double[] c = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i * n + j] = dim == 1 ? side[i * size + j]
                        : side[(i / size) * size + j / size] * side[(i % size) * size + j % size];
            }
            c[i * n + i] += jitter;
        }
        return c;
    }

    /** The first row of the periodic latent covariance (jitter included), length N. */
    static double[] firstRow(int dim, int size, double xi, double jitter) {
        double[] row1 = row1d(size, xi, true);
        double[] row = dim == 1 ? row1 : new double[size * size];
        if (dim == 2) {
            for (int r = 0; r < size; r++) {
                for (int c = 0; c < size; c++) {
                    row[r * size + c] = row1[r] * row1[c];
                }
            }
        }
        row[0] += jitter;
        return row;
    }
}
