package org.rfsweep.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Both paths of RowAxpy equal the plain unfused loop bit for bit (the vector path at this JVM's width). */
class RowAxpyTest {
    @Test
    void everyPathEqualsThePlainLoop() {
        SplittableRandom rnd = new SplittableRandom(17);
        for (int n : new int[] {0, 1, 3, 4, 7, 8, 9, 17, 40, 400, 401}) {
            for (int k = 1; k <= 9; k++) {
                for (int xOff : new int[] {0, 3}) {
                    double[][] w = random(rnd, k, n);
                    double[] x = random(rnd, 1, xOff + n)[0];
                    double[] coef = random(rnd, 1, k)[0];
                    double[][] expected = copy(w);
                    for (int r = 1; r < k; r++) { // rows [1, k): the first row must stay untouched
                        for (int i = 0; i < n; i++) {
                            expected[r][i] += coef[r - 1] * x[xOff + i];
                        }
                    }
                    double[][] scalar = copy(w);
                    RowAxpy.scalar(scalar, 1, k, coef, x, xOff, n);
                    assertSameBits(expected, scalar, "scalar n=" + n + " K=" + k);
                    if (Simd.ENABLED) {
                        double[][] vector = copy(w);
                        VectorRowAxpy.update(vector, 1, k, coef, x, xOff, n);
                        assertSameBits(expected, vector, Simd.describe() + " n=" + n + " K=" + k);
                    }
                }
            }
        }
    }

    private static double[][] random(SplittableRandom rnd, int rows, int n) {
        double[][] a = new double[rows][n];
        for (double[] row : a) {
            for (int i = 0; i < n; i++) {
                row[i] = rnd.nextDouble(-1, 1) * Math.scalb(1.0, rnd.nextInt(-6, 6));
            }
        }
        return a;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int r = 0; r < a.length; r++) {
            c[r] = a[r].clone();
        }
        return c;
    }

    private static void assertSameBits(double[][] expected, double[][] actual, String what) {
        for (int r = 0; r < expected.length; r++) {
            for (int i = 0; i < expected[r].length; i++) {
                assertEquals(Double.doubleToRawLongBits(expected[r][i]), Double.doubleToRawLongBits(actual[r][i]),
                        what + " row " + r + " i " + i);
            }
        }
    }
}
