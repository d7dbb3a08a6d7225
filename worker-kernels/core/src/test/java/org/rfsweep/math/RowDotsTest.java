package org.rfsweep.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Both paths follow RowDots' documented order bit for bit. The vector path is the one this JVM
 * runs (8 lanes on AVX-512; the {@code vector-256} Surefire execution runs this class again with
 * 4-lane vectors).
 */
class RowDotsTest {
    private static final int[] LENGTHS = {0, 1, 3, 7, 8, 9, 15, 16, 17, 31, 40, 63, 100, 400, 401};

    /** The documented order, written as plainly as possible: the reference both paths must equal. */
    private static double reference(double[] w, double[] x, int xOff, int n) {
        double[] p = new double[8];
        int body = n - n % 8;
        for (int i = 0; i < body; i++) {
            p[i % 8] = Math.fma(w[i], x[xOff + i], p[i % 8]);
        }
        double d = ((p[0] + p[1]) + (p[2] + p[3])) + ((p[4] + p[5]) + (p[6] + p[7]));
        for (int i = body; i < n; i++) {
            d = Math.fma(w[i], x[xOff + i], d);
        }
        return d;
    }

    @Test
    void everyPathFollowsTheDocumentedOrderBitForBit() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int n : LENGTHS) {
            for (int k = 1; k <= 17; k++) {
                double[][] w = new double[k][n];
                int xOff = rnd.nextInt(5);
                double[] x = new double[xOff + n];
                fill(rnd, x);
                for (double[] row : w) {
                    fill(rnd, row);
                }
                double[] expected = new double[k];
                for (int r = 0; r < k; r++) {
                    expected[r] = reference(w[r], x, xOff, n);
                }
                assertSameBits(expected, run(false, w, x, xOff, n), "scalar n=" + n + " K=" + k);
                if (Simd.ENABLED) {
                    assertSameBits(expected, run(true, w, x, xOff, n), Simd.describe() + " n=" + n + " K=" + k);
                }
            }
        }
    }

    @Test
    void aSubrangeOfRowsLandsAtTheOutputOffset() {
        SplittableRandom rnd = new SplittableRandom(5);
        double[][] w = new double[12][50];
        for (double[] row : w) {
            fill(rnd, row);
        }
        double[] x = new double[50];
        fill(rnd, x);
        double[] out = new double[20];
        RowDots.dots(w, 3, 12, x, 0, 50, out, 7, new double[RowDots.SCRATCH]);
        for (int r = 3; r < 12; r++) {
            assertEquals(Double.doubleToRawLongBits(reference(w[r], x, 0, 50)), Double.doubleToRawLongBits(out[7 + r - 3]));
        }
        assertEquals(0.0, out[6]);
        assertEquals(0.0, out[16]);
    }

    /** Accuracy: within the standard bound n·ε·Σ|w_i x_i| of the exact dot product (ε = 2^-53). */
    @Test
    void isAccurateToTheStandardSummationBound() {
        SplittableRandom rnd = new SplittableRandom(3);
        int n = 400;
        double[][] w = new double[8][n];
        double[] x = new double[n];
        fill(rnd, x);
        for (double[] row : w) {
            fill(rnd, row);
        }
        double[] out = new double[8];
        RowDots.dots(w, 0, 8, x, 0, n, out, 0, new double[RowDots.SCRATCH]);
        for (int r = 0; r < 8; r++) {
            BigDecimal exact = BigDecimal.ZERO;
            double abs = 0;
            for (int i = 0; i < n; i++) {
                exact = exact.add(new BigDecimal(w[r][i]).multiply(new BigDecimal(x[i])));
                abs += Math.abs(w[r][i] * x[i]);
            }
            double err = Math.abs(exact.subtract(new BigDecimal(out[r])).round(MathContext.DECIMAL64).doubleValue());
            assertTrue(err <= n * 0x1p-53 * abs, "row " + r + ": error " + err);
        }
    }

    private static double[] run(boolean vector, double[][] w, double[] x, int xOff, int n) {
        double[] out = new double[w.length];
        double[] scratch = new double[RowDots.SCRATCH];
        if (!vector) {
            RowDots.scalar(w, 0, w.length, x, xOff, n, out, 0, scratch);
        } else {
            VectorRowDots.dots(w, 0, w.length, x, xOff, n, out, 0, scratch);
        }
        return out;
    }

    private static void fill(SplittableRandom rnd, double[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextDouble(-1, 1) * Math.scalb(1.0, rnd.nextInt(-8, 8));
        }
    }

    private static void assertSameBits(double[] expected, double[] actual, String what) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    what + ", row " + i + ": " + expected[i] + " vs " + actual[i]);
        }
    }
}
