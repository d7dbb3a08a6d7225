package org.rfsweep.data;

/**
 * Test helper: the empirical second-moment matrices (1/n_m) Σ x xᵀ of the two classes of a stream
 * (the mean is known to be 0), accumulated in blocks of samples so each row of the N × N sum
 * stays in cache while a block is added.
 */
final class EmpiricalCovariance {
    private static final int BLOCK = 64;

    final int n;
    final double[][] sum = new double[2][];
    final long[] count = new long[2];

    private EmpiricalCovariance(int n) {
        this.n = n;
        sum[0] = new double[n * n];
        sum[1] = new double[n * n];
    }

    /** Draws {@code samples} samples from the stream and accumulates them by class. */
    static EmpiricalCovariance of(SampleStream stream, int samples) {
        int n = stream.pixels();
        EmpiricalCovariance acc = new EmpiricalCovariance(n);
        double[] xs = new double[BLOCK * n];
        int[] classes = new int[BLOCK];
        double[][] byClass = {new double[BLOCK * n], new double[BLOCK * n]};
        for (int done = 0; done < samples; done += BLOCK) {
            int b = Math.min(BLOCK, samples - done);
            stream.next(xs, classes, b);
            int[] k = new int[2];
            for (int s = 0; s < b; s++) {
                int m = classes[s];
                System.arraycopy(xs, s * n, byClass[m], k[m]++ * n, n);
            }
            for (int m = 0; m < 2; m++) {
                acc.add(m, byClass[m], k[m]);
            }
        }
        return acc;
    }

    private void add(int m, double[] block, int rows) {
        double[] s = sum[m];
        for (int i = 0; i < n; i++) {
            int row = i * n;
            for (int r = 0; r < rows; r++) {
                double xi = block[r * n + i];
                int base = r * n;
                for (int j = i; j < n; j++) {
                    s[row + j] += xi * block[base + j];
                }
            }
        }
        count[m] += rows;
    }

    /** The empirical covariance of class m (symmetric, row-major). */
    double[] covariance(int m) {
        double[] c = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                c[i * n + j] = sum[m][i * n + j] / count[m];
                c[j * n + i] = c[i * n + j];
            }
        }
        return c;
    }

    /** ||a − b||_F / ||b||_F. */
    static double relativeFrobenius(double[] a, double[] b) {
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < a.length; i++) {
            diff += (a[i] - b[i]) * (a[i] - b[i]);
            norm += b[i] * b[i];
        }
        return Math.sqrt(diff / norm);
    }

    /**
     * The translation average of a covariance on a ring (dim 1) or torus (dim 2): entry (i, j)
     * replaced by the mean over all pixel pairs with the same periodic offset j − i. For a
     * translation-invariant process this estimates the same circulant matrix with N times the
     * samples.
     */
    static double[] translationAverage(double[] c, int dim, int size) {
        int n = dim == 1 ? size : size * size;
        double[] byOffset = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                byOffset[offset(i, j, dim, size)] += c[i * n + j] / n;
            }
        }
        double[] avg = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                avg[i * n + j] = byOffset[offset(i, j, dim, size)];
            }
        }
        return avg;
    }

    private static int offset(int i, int j, int dim, int size) {
        if (dim == 1) {
            return Math.floorMod(j - i, size);
        }
        int dr = Math.floorMod(j / size - i / size, size);
        int dc = Math.floorMod(j % size - i % size, size);
        return dr * size + dc;
    }
}
