package org.rfsweep.data;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Open-boundary samples z = L_m ε with L_m the lower Cholesky factor of the class-m covariance
 * (packed row-major: row i at i(i+1)/2) and ε standard normal.
 *
 * <p>Implementation note: samples are made in blocks of {@value #BLOCK}. For each sample of a
 * block, in order: one {@code nextLong} for the class (its top bit), then N normals; then each row
 * of each factor is read once and applied to every sample of its class in the block. A factor
 * (N²/2 doubles, 640 kB at N = 400) is far larger than the caches, and streaming it once per sample
 * made sampling memory-bound. The sequence of samples is still a function of the random stream
 * alone.
 */
final class CholeskySampleStream implements SampleStream {
    static final int BLOCK = 16;

    private final double[][] factors;
    private final int[][] rowStart;
    private final PixelMap map;
    /** The TRAIN/TEST stream: class bits and normals. */
    private final BulkNormals random;
    private final int n;
    private final double[] eps;
    /** ‖ε‖² per block sample, when the map needs it. */
    private final double[] norms = new double[BLOCK];
    private final double[] z;
    private final int[] classes = new int[BLOCK];
    /** Block positions of the samples of each class, in order. */
    private final int[][] members = new int[2][BLOCK];
    private final int[] memberCount = new int[2];
    private int next = BLOCK;

    /**
     * @param factors  packed lower factors per class
     * @param rowStart per class and row, the first column whose factor entry is non-zero (the
     *                 leading zeros of a row are skipped)
     */
    CholeskySampleStream(double[][] factors, int[][] rowStart, int n, PixelMap.Factory map,
                         UniformRandomProvider rng) {
        this.factors = factors;
        this.rowStart = rowStart;
        this.random = BulkNormals.of(rng);
        this.map = map.create(random);
        this.n = n;
        this.eps = new double[BLOCK * n];
        this.z = new double[BLOCK * n];
    }

    @Override
    public int pixels() {
        return n;
    }

    @Override
    public int next(double[] x, int offset) {
        if (next == BLOCK) {
            drawBlock();
            next = 0;
        }
        int b = next++;
        map.apply(z, b * n, x, offset, n, norms[b]);
        return classes[b];
    }

    private void drawBlock() {
        memberCount[0] = 0;
        memberCount[1] = 0;
        for (int b = 0; b < BLOCK; b++) {
            int m = (int) (random.nextLong() >>> 63);
            classes[b] = m;
            members[m][memberCount[m]++] = b;
            random.fill(eps, b * n, (b + 1) * n);
            norms[b] = map.needsWhiteNorm() ? PixelMap.normSq(eps, b * n, (b + 1) * n) : Double.NaN;
        }
        for (int m = 0; m < 2; m++) {
            double[] l = factors[m];
            int[] start = rowStart[m];
            int[] who = members[m];
            int count = memberCount[m];
            for (int i = 0; i < n; i++) {
                int from = start[i];
                int row = i * (i + 1) / 2 + from;
                for (int k = 0; k < count; k++) {
                    int b = who[k];
                    z[b * n + i] = dot(l, row, eps, b * n + from, i + 1 - from);
                }
            }
        }
    }

    /**
     * Σ_{j&lt;len} a[aFrom + j] b[bFrom + j] with four partial sums, so consecutive multiply-adds do
     * not wait for each other.
     */
    private static double dot(double[] a, int aFrom, double[] b, int bFrom, int len) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < len; j += 4) {
            s0 = Math.fma(a[aFrom + j], b[bFrom + j], s0);
            s1 = Math.fma(a[aFrom + j + 1], b[bFrom + j + 1], s1);
            s2 = Math.fma(a[aFrom + j + 2], b[bFrom + j + 2], s2);
            s3 = Math.fma(a[aFrom + j + 3], b[bFrom + j + 3], s3);
        }
        for (; j < len; j++) {
            s0 = Math.fma(a[aFrom + j], b[bFrom + j], s0);
        }
        return (s0 + s1) + (s2 + s3);
    }
}
