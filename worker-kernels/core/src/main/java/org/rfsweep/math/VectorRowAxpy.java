package org.rfsweep.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector path of {@link RowAxpy}: each chunk of x is loaded once and applied to four rows,
 * with the same unfused multiply-then-add per element as the scalar path; the tail past the last
 * full vector is scalar. Loaded only when {@link Simd#ENABLED}.
 */
final class VectorRowAxpy {
    private static final VectorSpecies<Double> S = VectorShapes.DOUBLES;

    private VectorRowAxpy() {
    }

    static void update(double[][] rows, int from, int to, double[] coef, double[] x, int xOff, int n) {
        int body = S.loopBound(n);
        int r = from;
        for (; r + 4 <= to; r += 4) {
            double[] w0 = rows[r], w1 = rows[r + 1], w2 = rows[r + 2], w3 = rows[r + 3];
            double c0 = coef[r - from], c1 = coef[r + 1 - from], c2 = coef[r + 2 - from], c3 = coef[r + 3 - from];
            for (int i = 0; i < body; i += S.length()) {
                DoubleVector xv = DoubleVector.fromArray(S, x, xOff + i);
                DoubleVector.fromArray(S, w0, i).add(xv.mul(c0)).intoArray(w0, i);
                DoubleVector.fromArray(S, w1, i).add(xv.mul(c1)).intoArray(w1, i);
                DoubleVector.fromArray(S, w2, i).add(xv.mul(c2)).intoArray(w2, i);
                DoubleVector.fromArray(S, w3, i).add(xv.mul(c3)).intoArray(w3, i);
            }
            for (int i = body; i < n; i++) {
                double xi = x[xOff + i];
                w0[i] += c0 * xi;
                w1[i] += c1 * xi;
                w2[i] += c2 * xi;
                w3[i] += c3 * xi;
            }
        }
        for (; r < to; r++) {
            double[] w = rows[r];
            double c = coef[r - from];
            for (int i = 0; i < body; i += S.length()) {
                DoubleVector.fromArray(S, w, i).add(DoubleVector.fromArray(S, x, xOff + i).mul(c)).intoArray(w, i);
            }
            for (int i = body; i < n; i++) {
                w[i] += c * x[xOff + i];
            }
        }
    }
}
