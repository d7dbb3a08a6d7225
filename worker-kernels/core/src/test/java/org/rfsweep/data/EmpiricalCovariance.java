package org.rfsweep.data;

import java.util.Arrays;
import org.rfsweep.math.Fft;
import org.rfsweep.math.Fft2d;

/**
 * Test helper: empirical second moments (the mean is known to be 0) of the two classes of a
 * stream: the rows i ≡ 0 (mod rowStep) of (1/n_m) Σ x xᵀ, accumulated in blocks of samples so a
 * row of the sum stays in cache while a block is added, and, on a ring or torus, the translation
 * average (1/N) Σ_i x_i x_(i+d) per offset d, from the periodogram |FFT x|² (FftTest proves the
 * transform).
 */
final class EmpiricalCovariance {
    private static final int BLOCK = 64;

    final int n;
    final int rowStep;
    final int rows;
    final double[][] sum = new double[2][];
    final double[][] power = new double[2][];
    final long[] count = new long[2];

    private EmpiricalCovariance(int n, int rowStep) {
        this.n = n;
        this.rowStep = rowStep;
        this.rows = (n + rowStep - 1) / rowStep;
        for (int m = 0; m < 2; m++) {
            sum[m] = new double[rows * n];
            power[m] = new double[n];
        }
    }

    /**
     * Draws {@code samples} samples from the stream and accumulates them by class.
     *
     * @param dim 1 or 2 for a periodogram of that geometry, 0 for none
     */
    static EmpiricalCovariance of(SampleStream stream, int samples, int rowStep, int dim, int size) {
        int n = stream.pixels();
        EmpiricalCovariance acc = new EmpiricalCovariance(n, rowStep);
        double[] xs = new double[BLOCK * n];
        int[] classes = new int[BLOCK];
        double[][] byClass = {new double[BLOCK * n], new double[BLOCK * n]};
        Fft fft = dim == 1 ? Fft.of(n) : null;
        Fft2d fft2d = dim == 2 ? Fft2d.of(size, size) : null;
        double[] re = new double[n];
        double[] im = new double[n];
        int[] k = new int[2];
        for (int done = 0; done < samples; done += BLOCK) {
            int b = Math.min(BLOCK, samples - done);
            stream.next(xs, classes, b);
            k[0] = 0;
            k[1] = 0;
            for (int s = 0; s < b; s++) {
                int m = classes[s];
                System.arraycopy(xs, s * n, byClass[m], k[m]++ * n, n);
                if (dim > 0) {
                    System.arraycopy(xs, s * n, re, 0, n);
                    Arrays.fill(im, 0);
                    if (fft != null) {
                        fft.forward(re, im);
                    } else {
                        fft2d.forward(re, im);
                    }
                    for (int f = 0; f < n; f++) {
                        acc.power[m][f] += re[f] * re[f] + im[f] * im[f];
                    }
                }
            }
            for (int m = 0; m < 2; m++) {
                acc.add(m, byClass[m], k[m]);
            }
        }
        return acc;
    }

    /** All rows, no periodogram. */
    static EmpiricalCovariance of(SampleStream stream, int samples) {
        return of(stream, samples, 1, 0, 0);
    }

    private void add(int m, double[] block, int count) {
        double[] s = sum[m];
        for (int r = 0; r < rows; r++) {
            int i = r * rowStep;
            int row = r * n;
            for (int b = 0; b < count; b++) {
                double xi = block[b * n + i];
                int base = b * n;
                for (int j = 0; j < n; j++) {
                    s[row + j] += xi * block[base + j];
                }
            }
        }
        this.count[m] += count;
    }

    /** Row r of the empirical covariance of class m: pixel i = r·rowStep against every pixel. */
    double[] row(int m, int r) {
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            out[j] = sum[m][r * n + j] / count[m];
        }
        return out;
    }

    /** The full empirical covariance of class m, row-major; requires rowStep 1. */
    double[] full(int m) {
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(row(m, i), 0, out, i * n, n);
        }
        return out;
    }

    /**
     * The translation-averaged covariance at each offset d (flat pixel index of the offset):
     * (1/N) Σ_i x_i x_(i+d) averaged over samples = IDFT(|X|²)_d / N², the circular
     * autocorrelation by the Wiener–Khinchin identity.
     */
    double[] translationAverage(int m, int dim, int size) {
        double[] re = new double[n];
        double[] im = new double[n];
        for (int f = 0; f < n; f++) {
            re[f] = power[m][f] / count[m];
        }
        if (dim == 1) {
            Fft.of(n).inverse(re, im);
        } else {
            Fft2d.of(size, size).inverse(re, im);
        }
        for (int d = 0; d < n; d++) {
            re[d] /= (double) n * n;
        }
        return re;
    }

    /** sqrt(Σ (a − b)² / Σ b²). */
    static double relativeError(double[] a, double[] b) {
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < a.length; i++) {
            diff += (a[i] - b[i]) * (a[i] - b[i]);
            norm += b[i] * b[i];
        }
        return Math.sqrt(diff / norm);
    }
}
