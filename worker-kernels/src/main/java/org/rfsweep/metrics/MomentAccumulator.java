package org.rfsweep.metrics;

/**
 * Pooled moments of a stream of values, for the empirical excess kurtosis
 * κ = m4 / m2² − 3 with central moments m_j (SCIENCE.md §4, "Data kurtosis"). Raw power sums are
 * accumulated with compensated summation and centred at the end; the inputs have mean ≈ 0 and
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
        for (int i = off; i < off + n; i++) {
            double v = x[i];
            double v2 = v * v;
            s1.add(v);
            s2.add(v2);
            s3.add(v2 * v);
            s4.add(v2 * v2);
        }
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
