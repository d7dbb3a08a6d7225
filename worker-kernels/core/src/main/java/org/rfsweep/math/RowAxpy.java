package org.rfsweep.math;

/**
 * Rank-one row updates w_r[i] += c_r · x[i] for several rows at once (the first-layer SGD step),
 * as an unfused multiply, then add, per element, on the scalar and the vector path ({@link Simd})
 * alike, so both give the same bits.
 */
public final class RowAxpy {
    private RowAxpy() {
    }

    /**
     * rows[r][i] += coef[r − from] · x[xOff + i] for r in [from, to), i in [0, n).
     *
     * @param rows rows of at least n values. Modified.
     * @param coef one coefficient per row. Not modified.
     * @param x    the vector. Not modified.
     */
    public static void update(double[][] rows, int from, int to, double[] coef, double[] x, int xOff, int n) {
        if (Simd.ENABLED) {
            VectorRowAxpy.update(rows, from, to, coef, x, xOff, n);
        } else {
            scalar(rows, from, to, coef, x, xOff, n);
        }
    }

    /** One row at a time; HotSpot's superword pass vectorises the inner loop when xOff is 0. */
    static void scalar(double[][] rows, int from, int to, double[] coef, double[] x, int xOff, int n) {
        for (int r = from; r < to; r++) {
            double[] row = rows[r];
            double c = coef[r - from];
            if (xOff == 0) {
                for (int i = 0; i < n; i++) {
                    row[i] += c * x[i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    row[i] += c * x[xOff + i];
                }
            }
        }
    }
}
