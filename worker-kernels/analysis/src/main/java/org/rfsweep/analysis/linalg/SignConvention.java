package org.rfsweep.analysis.linalg;

/**
 * One sign for directions whose sign is arbitrary (eigenvectors, symmetric CP factors): the entry
 * of largest magnitude (the first, on a tie) is made positive, so rows written to the tables are
 * comparable between trials.
 */
public final class SignConvention {
    private SignConvention() {
    }

    /**
     * Flips u in place if its entry of largest magnitude is negative.
     *
     * @param u the direction. Modified.
     * @return u, for chaining
     */
    public static double[] orient(double[] u) {
        int peak = 0;
        for (int i = 1; i < u.length; i++) {
            if (Math.abs(u[i]) > Math.abs(u[peak])) {
                peak = i;
            }
        }
        if (u[peak] < 0) {
            for (int i = 0; i < u.length; i++) {
                u[i] = -u[i];
            }
        }
        return u;
    }
}
