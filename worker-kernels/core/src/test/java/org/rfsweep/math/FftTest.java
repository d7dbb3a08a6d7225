package org.rfsweep.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The FFT against a naive O(n²) DFT, evaluated with exactly reduced angles. */
class FftTest {
    private static final double TOLERANCE = 1e-12;

    /** Naive DFT with sign −1 (forward) or +1 (inverse); jk is reduced mod n before the angle. */
    static void naiveDft(double[] re, double[] im, double[] outRe, double[] outIm, int sign) {
        int n = re.length;
        for (int k = 0; k < n; k++) {
            double sr = 0;
            double si = 0;
            for (int j = 0; j < n; j++) {
                double angle = sign * 2 * Math.PI * (((long) j * k) % n) / n;
                double c = Math.cos(angle);
                double s = Math.sin(angle);
                sr += re[j] * c - im[j] * s;
                si += re[j] * s + im[j] * c;
            }
            outRe[k] = sr;
            outIm[k] = si;
        }
    }

    /** max |a − b| over both parts, relative to the 2-norm of b. */
    static double relativeError(double[] aRe, double[] aIm, double[] bRe, double[] bIm) {
        double maxDiff = 0;
        double norm = 0;
        for (int k = 0; k < aRe.length; k++) {
            maxDiff = Math.max(maxDiff, Math.hypot(aRe[k] - bRe[k], aIm[k] - bIm[k]));
            norm += bRe[k] * bRe[k] + bIm[k] * bIm[k];
        }
        return maxDiff / Math.sqrt(norm);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 20, 25, 27, 31, 37, 49, 60, 64, 97, 100, 210, 256, 400,
            625, 961, 1000, 1024, 1031, 2 * 1009, 4099})
    void forwardAndInverseMatchNaiveDft(int n) {
        SplittableRandom random = new SplittableRandom(n);
        double[] re = random.doubles(n, -1, 1).toArray();
        double[] im = random.doubles(n, -1, 1).toArray();
        Fft fft = Fft.of(n);
        for (int sign : new int[] {-1, 1}) {
            double[] expRe = new double[n];
            double[] expIm = new double[n];
            naiveDft(re, im, expRe, expIm, sign);
            double[] gotRe = re.clone();
            double[] gotIm = im.clone();
            if (sign < 0) {
                fft.forward(gotRe, gotIm);
            } else {
                fft.inverse(gotRe, gotIm);
            }
            double err = relativeError(gotRe, gotIm, expRe, expIm);
            assertTrue(err < TOLERANCE, "n=" + n + " sign=" + sign + " relative error " + err);
        }
    }

    @Test
    void transformsInPlaceAtAnOffsetAndLeavesTheRestAlone() {
        int n = 30;
        SplittableRandom random = new SplittableRandom(7);
        double[] re = random.doubles(3 * n, -1, 1).toArray();
        double[] im = random.doubles(3 * n, -1, 1).toArray();
        double[] expRe = new double[n];
        double[] expIm = new double[n];
        naiveDft(Arrays.copyOfRange(re, n, 2 * n), Arrays.copyOfRange(im, n, 2 * n),
                expRe, expIm, -1);
        double[] gotRe = re.clone();
        double[] gotIm = im.clone();
        Fft.of(n).forward(gotRe, gotIm, n);
        assertTrue(relativeError(Arrays.copyOfRange(gotRe, n, 2 * n),
                Arrays.copyOfRange(gotIm, n, 2 * n), expRe, expIm) < TOLERANCE);
        assertArrayEquals(Arrays.copyOfRange(re, 0, n), Arrays.copyOfRange(gotRe, 0, n));
        assertArrayEquals(Arrays.copyOfRange(im, 2 * n, 3 * n), Arrays.copyOfRange(gotIm, 2 * n, 3 * n));
    }

    @Test
    void largePrimeUsesBluesteinAndSmoothSizesDoNot() {
        assertEquals(4099, Fft.largestPrimeFactor(4099));
        assertEquals(5, Fft.largestPrimeFactor(400));
        assertEquals(1, Fft.largestPrimeFactor(1));
        assertArrayEquals(new int[] {4, 4, 5, 5}, MixedRadixTransform.factor(400));
        assertArrayEquals(new int[] {4, 2}, MixedRadixTransform.factor(8));
    }

    @Test
    void rejectsNonPositiveLength() {
        assertThrows(IllegalArgumentException.class, () -> Fft.of(0));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 20, 12, 37, 2})
    void twoDimensionalMatchesNaive(int rows) {
        // square, and non-square with batched (12 x 7, 2 x 9) and Bluestein (37 x 4) column passes
        int cols = rows == 12 ? 7 : rows == 37 ? 4 : rows == 2 ? 9 : rows;
        SplittableRandom random = new SplittableRandom(rows);
        double[] re = random.doubles(rows * cols, -1, 1).toArray();
        double[] im = random.doubles(rows * cols, -1, 1).toArray();
        double[] expRe = new double[rows * cols];
        double[] expIm = new double[rows * cols];
        for (int k1 = 0; k1 < rows; k1++) {
            for (int k2 = 0; k2 < cols; k2++) {
                double sr = 0;
                double si = 0;
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        double angle = -2 * Math.PI * ((double) ((k1 * r) % rows) / rows + (double) ((k2 * c) % cols) / cols);
                        sr += re[r * cols + c] * Math.cos(angle) - im[r * cols + c] * Math.sin(angle);
                        si += re[r * cols + c] * Math.sin(angle) + im[r * cols + c] * Math.cos(angle);
                    }
                }
                expRe[k1 * cols + k2] = sr;
                expIm[k1 * cols + k2] = si;
            }
        }
        Fft2d fft = Fft2d.of(rows, cols);
        double[] gotRe = re.clone();
        double[] gotIm = im.clone();
        fft.forward(gotRe, gotIm);
        assertTrue(relativeError(gotRe, gotIm, expRe, expIm) < TOLERANCE);
        fft.inverse(gotRe, gotIm);
        for (int i = 0; i < rows * cols; i++) {
            assertEquals(re[i], gotRe[i] / (rows * cols), 1e-13);
            assertEquals(im[i], gotIm[i] / (rows * cols), 1e-13);
        }
    }
}
