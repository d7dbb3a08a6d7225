package org.rfsweep.metrics;

import java.util.Arrays;

/** Mean, median and maximum of a set of values (e.g. the IPRs of a group of neurons). */
public final class Summary {
    private Summary() {
    }

    /** The mean (compensated), NaN when empty. */
    public static double mean(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        CompensatedSum s = new CompensatedSum();
        for (double x : v) {
            s.add(x);
        }
        return s.value() / v.length;
    }

    /** The median (mean of the two middle values for an even count), NaN when empty. */
    public static double median(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : 0.5 * (sorted[m - 1] + sorted[m]);
    }

    /** The maximum, NaN when empty (or when any value is NaN). */
    public static double max(double[] v) {
        double m = v.length == 0 ? Double.NaN : Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Double.isNaN(x) ? Double.NaN : Math.max(m, x);
        }
        return m;
    }
}
