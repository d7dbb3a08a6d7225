package org.rfsweep.analysis.cumulant;

import org.rfsweep.data.SampleStream;

/**
 * A fixed set of S samples of one class, stored row-major as doubles (sample s at s·N): the first
 * S samples of class m that a {@link SampleStream} yields (the stream's other samples are skipped,
 * so about 2S are drawn). Memory: 8·S·N bytes.
 */
final class ClassSamples {
    final int n;
    final int count;
    final double[] x;

    private ClassSamples(int n, int count, double[] x) {
        this.n = n;
        this.count = count;
        this.x = x;
    }

    /** The first {@code count} samples of class {@code m} from {@code stream}. */
    static ClassSamples draw(SampleStream stream, int m, int count) {
        int n = stream.pixels();
        double[] x = new double[Math.multiplyExact(count, n)];
        double[] row = new double[n];
        int kept = 0;
        while (kept < count) {
            if (stream.next(row, 0) == m) {
                System.arraycopy(row, 0, x, kept * n, n);
                kept++;
            }
        }
        return new ClassSamples(n, count, x);
    }

    /** Wraps given samples (row-major, {@code x.length / n} of them); the array is used as is. */
    static ClassSamples of(double[] x, int n) {
        if (n < 1 || x.length % n != 0 || x.length == 0) {
            throw new IllegalArgumentException("expected a positive multiple of n = " + n + " values, got " + x.length);
        }
        return new ClassSamples(n, x.length / n, x);
    }
}
