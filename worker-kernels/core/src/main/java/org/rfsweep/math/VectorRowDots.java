package org.rfsweep.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector path of {@link RowDots}: the eight partial sums of a row are the lanes of one 8-lane
 * accumulator, or of two 4-lane ones. Lane l sees exactly the scalar path's chain p_l; the partial
 * sums then go through {@link RowDots#finish}, the reduction both paths share. Rows are taken eight
 * at a time on 8-lane vectors and four at a time on 4-lane ones, so that each chunk of x is loaded
 * once per several fused multiply-adds and eight independent chains hide the FMA latency. Loaded
 * only when {@link Simd#ENABLED}.
 */
final class VectorRowDots {
    private static final int P = RowDots.PARTIALS;
    private static final VectorSpecies<Double> S = VectorShapes.DOUBLES;

    private VectorRowDots() {
    }

    static void dots(double[][] rows, int from, int to, double[] x, int xOff,
                     int n, double[] out, int outOff, double[] scratch) {
        int body = n - n % P;
        int r = from;
        if (S.length() == P) {
            for (; r + 8 <= to; r += 8) {
                eightRows(rows, r, x, xOff, body, scratch);
                for (int q = 0; q < 8; q++) {
                    out[outOff + r + q - from] = RowDots.finish(scratch, q * P, rows[r + q], x, xOff, body, n);
                }
            }
        }
        for (; r + 4 <= to; r += 4) {
            fourRows(rows, r, x, xOff, body, scratch);
            for (int q = 0; q < 4; q++) {
                out[outOff + r + q - from] = RowDots.finish(scratch, q * P, rows[r + q], x, xOff, body, n);
            }
        }
        for (; r < to; r++) {
            oneRow(rows[r], x, xOff, body, scratch);
            out[outOff + r - from] = RowDots.finish(scratch, 0, rows[r], x, xOff, body, n);
        }
    }

    /** 8-lane vectors only: one accumulator per row. */
    private static void eightRows(double[][] rows, int r, double[] x, int xOff,
                                  int body, double[] scratch) {
        double[] w0 = rows[r], w1 = rows[r + 1], w2 = rows[r + 2], w3 = rows[r + 3];
        double[] w4 = rows[r + 4], w5 = rows[r + 5], w6 = rows[r + 6], w7 = rows[r + 7];
        DoubleVector a0 = DoubleVector.zero(S), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        for (int i = 0; i < body; i += P) {
            DoubleVector xv = DoubleVector.fromArray(S, x, xOff + i);
            a0 = DoubleVector.fromArray(S, w0, i).fma(xv, a0);
            a1 = DoubleVector.fromArray(S, w1, i).fma(xv, a1);
            a2 = DoubleVector.fromArray(S, w2, i).fma(xv, a2);
            a3 = DoubleVector.fromArray(S, w3, i).fma(xv, a3);
            a4 = DoubleVector.fromArray(S, w4, i).fma(xv, a4);
            a5 = DoubleVector.fromArray(S, w5, i).fma(xv, a5);
            a6 = DoubleVector.fromArray(S, w6, i).fma(xv, a6);
            a7 = DoubleVector.fromArray(S, w7, i).fma(xv, a7);
        }
        a0.intoArray(scratch, 0);
        a1.intoArray(scratch, P);
        a2.intoArray(scratch, 2 * P);
        a3.intoArray(scratch, 3 * P);
        a4.intoArray(scratch, 4 * P);
        a5.intoArray(scratch, 5 * P);
        a6.intoArray(scratch, 6 * P);
        a7.intoArray(scratch, 7 * P);
    }

    /** Four rows; on 4-lane vectors each row has two accumulators (partials 0-3 and 4-7). */
    private static void fourRows(double[][] rows, int r, double[] x, int xOff,
                                 int body, double[] scratch) {
        double[] w0 = rows[r], w1 = rows[r + 1], w2 = rows[r + 2], w3 = rows[r + 3];
        int lanes = S.length();
        for (int lo = 0; lo < P; lo += 2 * lanes) {
            int hi = Math.min(lo + lanes, P - lanes); // 8 lanes: hi == lo, the second chain is unused
            DoubleVector a0 = DoubleVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
            DoubleVector c0 = a0, c1 = a0, c2 = a0, c3 = a0;
            for (int i = 0; i < body; i += P) {
                DoubleVector xl = DoubleVector.fromArray(S, x, xOff + i + lo);
                a0 = DoubleVector.fromArray(S, w0, i + lo).fma(xl, a0);
                a1 = DoubleVector.fromArray(S, w1, i + lo).fma(xl, a1);
                a2 = DoubleVector.fromArray(S, w2, i + lo).fma(xl, a2);
                a3 = DoubleVector.fromArray(S, w3, i + lo).fma(xl, a3);
                if (hi != lo) {
                    DoubleVector xh = DoubleVector.fromArray(S, x, xOff + i + hi);
                    c0 = DoubleVector.fromArray(S, w0, i + hi).fma(xh, c0);
                    c1 = DoubleVector.fromArray(S, w1, i + hi).fma(xh, c1);
                    c2 = DoubleVector.fromArray(S, w2, i + hi).fma(xh, c2);
                    c3 = DoubleVector.fromArray(S, w3, i + hi).fma(xh, c3);
                }
            }
            a0.intoArray(scratch, lo);
            a1.intoArray(scratch, P + lo);
            a2.intoArray(scratch, 2 * P + lo);
            a3.intoArray(scratch, 3 * P + lo);
            if (hi != lo) {
                c0.intoArray(scratch, hi);
                c1.intoArray(scratch, P + hi);
                c2.intoArray(scratch, 2 * P + hi);
                c3.intoArray(scratch, 3 * P + hi);
            }
        }
    }

    private static void oneRow(double[] w, double[] x, int xOff, int body,
                               double[] scratch) {
        for (int lo = 0; lo < P; lo += S.length()) {
            DoubleVector a = DoubleVector.zero(S);
            for (int i = lo; i < body; i += P) {
                a = DoubleVector.fromArray(S, w, i).fma(DoubleVector.fromArray(S, x, xOff + i), a);
            }
            a.intoArray(scratch, lo);
        }
    }
}
