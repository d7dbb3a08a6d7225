package org.rfsweep.metrics;

/**
 * Pooled moments of a stream of values, for the empirical excess kurtosis
 * κ = m4 / m2² − 3 with central moments m_j (SCIENCE.md §4, "Data kurtosis"). Raw power sums are
 * accumulated in two levels, plain sums within each {@link #addAll} slice (one sample: a few
 * hundred terms) and compensated summation across slices, and centred at the end; the inputs have mean ≈ 0 and
 * unit variance, so the centring loses no precision.
 */
public final class MomentAccumulator {
    private final CompensatedSum s1 = new CompensatedSum();
    private final CompensatedSum s2 = new CompensatedSum();
    private final CompensatedSum s3 = new CompensatedSum();
    private final CompensatedSum s4 = new CompensatedSum();
    private long count;

    /**
     * Adds {@code x[off .. off + n)}.
     *
     * @param x values. Not modified.
     */
    public void addAll(double[] x, int off, int n) {
        double p1 = 0;
        double p2 = 0;
        double p3 = 0;
        double p4 = 0;
        for (int i = off; i < off + n; i++) {
            double v = x[i];
            double v2 = v * v;
            p1 += v;
            p2 += v2;
            p3 += v2 * v;
            p4 += v2 * v2;
        }
        s1.add(p1);
        s2.add(p2);
        s3.add(p3);
        s4.add(p4);
        count += n;
    }

    /** Number of values added. */
    public long count() {
        return count;
    }

    /** Mean of the values. */
    public double mean() {
        return s1.value() / count;
    }

    /** Central second moment (biased: divides by the count). */
    public double variance() {
        double mu = mean();
        return s2.value() / count - mu * mu;
    }

    /** m4 / m2² − 3 with central moments; NaN when empty or constant. */
    public double excessKurtosis() {
        if (count == 0) {
            return Double.NaN;
        }
        double mu = mean();
        double e2 = s2.value() / count;
        double e3 = s3.value() / count;
        double e4 = s4.value() / count;
        double m2 = e2 - mu * mu;
        double m4 = e4 - 4 * mu * e3 + 6 * mu * mu * e2 - 3 * mu * mu * mu * mu;
        return m2 > 0 ? m4 / (m2 * m2) - 3 : Double.NaN;
    }
}
