package org.rfsweep.spec;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/** The guard on a sweep's size: a typo such as a range of 10^9 seeds must not start a run. */
final class TrialLimit {
    private TrialLimit() {
    }

    /** The number of trials, the product of the axis sizes (1 when there are no axes). */
    static BigInteger count(List<Axis> axes) {
        BigInteger n = BigInteger.ONE;
        for (Axis a : axes) {
            n = n.multiply(BigInteger.valueOf(a.size()));
        }
        return n;
    }

    /**
     * Refuses more than {@code maxTrials} trials. The count is exact (a product of axis sizes can
     * exceed a long); the limit suggested is one {@code --max-trials} accepts, and a sweep above
     * the largest such value is told to shrink instead.
     */
    static void check(List<Axis> axes, long maxTrials) throws InvalidSpecException {
        BigInteger n = count(axes);
        if (n.compareTo(BigInteger.valueOf(maxTrials)) <= 0) {
            return;
        }
        String field = axes.get(0).field().startsWith("grid") ? "grid" : "zip";
        if (n.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0) {
            throw new InvalidSpecException(field, String.format(Locale.ROOT, "the sweep has %s trials, more than "
                    + "any --max-trials allows (at most %d); make the grid smaller", n, Long.MAX_VALUE));
        }
        throw new InvalidSpecException(field, String.format(Locale.ROOT, "the sweep has %s trials, more than the "
                + "limit of %d; raise the limit with --max-trials %s if you mean it", n, maxTrials, n));
    }
}
