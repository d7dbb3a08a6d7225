package org.rfsweep.metrics;

/**
 * Neumaier's compensated summation (Neumaier 1974, an improved Kahan–Babuška sum): the error of
 * a long sum stays O(ε) instead of O(n ε), independent of the order of magnitude of the terms.
 */
public final class CompensatedSum {
    private double sum;
    private double compensation;

    /** Adds one term. */
    public void add(double term) {
        double t = sum + term;
        if (Math.abs(sum) >= Math.abs(term)) {
            compensation += (sum - t) + term;
        } else {
            compensation += (term - t) + sum;
        }
        sum = t;
    }

    /** The compensated total. */
    public double value() {
        return sum + compensation;
    }
}
