package org.rfsweep.table;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.rfsweep.plan.TrialIdBits;

/**
 * A compact, immutable map from trial id to an int, for the millions of committed trials a plan
 * looks up: a trial id (20 hex digits, 80 bits of SHA-256) is held as a {@code long} (its first
 * 16 digits) and a {@code char} (its last 4), sorted by the long, so 10^7 ids take 140 MB instead
 * of the ~1.5 GB of a {@code HashMap<String, ...>}. Lookups are exact: the low bits are compared
 * too, and an id of another shape (not 20 lower-case hex digits) is kept in a small side map.
 *
 * <p>Implementation note: the JDK sorts only primitive arrays on their own, not two arrays by one
 * key, so {@link Builder#build} sorts a copy of the high words with {@link Arrays#sort(long[])} and
 * then places each entry's low word and value by binary search into its run of equal high words
 * (runs longer than one are ~n^2/2^65 rare and are scanned linearly).
 */
public final class TrialIdTable {
    private final long[] high;
    private final char[] low;
    private final int[] values;
    private final Map<String, Integer> odd;

    private TrialIdTable(long[] high, char[] low, int[] values, Map<String, Integer> odd) {
        this.high = high;
        this.low = low;
        this.values = values;
        this.odd = odd;
    }

    /** The value stored for {@code trialId}, or {@code missing} if it has none. */
    public int get(String trialId, int missing) {
        if (!TrialIdBits.regular(trialId)) {
            return odd.getOrDefault(trialId, missing);
        }
        long h = TrialIdBits.high(trialId);
        char l = TrialIdBits.low(trialId);
        int i = Arrays.binarySearch(high, h);
        if (i < 0) {
            return missing;
        }
        while (i > 0 && high[i - 1] == h) {
            i--;
        }
        for (; i < high.length && high[i] == h; i++) {
            if (low[i] == l) {
                return values[i];
            }
        }
        return missing;
    }

    public boolean contains(String trialId) {
        return get(trialId, Integer.MIN_VALUE) != Integer.MIN_VALUE;
    }

    public int size() {
        return high.length + odd.size();
    }

    /** Every stored value (in no particular order), e.g. to count statuses. */
    public int[] values() {
        int[] all = Arrays.copyOf(values, values.length + odd.size());
        int i = values.length;
        for (int v : odd.values()) {
            all[i++] = v;
        }
        return all;
    }

    /** Collects (id, value) pairs in any order; a repeated id keeps its last value. */
    public static final class Builder {
        private long[] high = new long[1024];
        private char[] low = new char[1024];
        private int[] values = new int[1024];
        private int n;
        private final Map<String, Integer> odd = new HashMap<>();

        public Builder put(String trialId, int value) {
            if (!TrialIdBits.regular(trialId)) {
                odd.put(trialId, value);
                return this;
            }
            if (n == high.length) {
                int capacity = Math.max(1024, n + (n >> 1));
                high = Arrays.copyOf(high, capacity);
                low = Arrays.copyOf(low, capacity);
                values = Arrays.copyOf(values, capacity);
            }
            high[n] = TrialIdBits.high(trialId);
            low[n] = TrialIdBits.low(trialId);
            values[n] = value;
            n++;
            return this;
        }

        public TrialIdTable build() {
            long[] sortedHigh = Arrays.copyOf(high, n);
            Arrays.sort(sortedHigh);
            char[] sortedLow = new char[n];
            int[] sortedValues = new int[n];
            boolean[] taken = new boolean[n];
            int kept = 0;
            for (int i = 0; i < n; i++) {
                kept += place(sortedHigh, sortedLow, sortedValues, taken, i) ? 1 : 0;
            }
            if (kept == n) {
                return new TrialIdTable(sortedHigh, sortedLow, sortedValues, Map.copyOf(odd));
            }
            return compact(sortedHigh, sortedLow, sortedValues, taken);
        }

        /** Puts entry {@code i} into its high word's run; false if it repeats an id there (value replaced). */
        private boolean place(long[] sortedHigh, char[] sortedLow, int[] sortedValues, boolean[] taken, int i) {
            int first = Arrays.binarySearch(sortedHigh, high[i]);
            while (first > 0 && sortedHigh[first - 1] == high[i]) {
                first--;
            }
            int free = -1;
            for (int j = first; j < n && sortedHigh[j] == high[i]; j++) {
                if (taken[j] && sortedLow[j] == low[i]) {
                    sortedValues[j] = values[i];
                    return false;
                }
                if (!taken[j] && free < 0) {
                    free = j;
                }
            }
            taken[free] = true; // a run has as many slots as entries with its high word
            sortedLow[free] = low[i];
            sortedValues[free] = values[i];
            return true;
        }

        /** Drops the slots a repeated id left empty. */
        private TrialIdTable compact(long[] h, char[] l, int[] v, boolean[] taken) {
            int m = 0;
            for (int i = 0; i < h.length; i++) {
                if (taken[i]) {
                    h[m] = h[i];
                    l[m] = l[i];
                    v[m] = v[i];
                    m++;
                }
            }
            return new TrialIdTable(Arrays.copyOf(h, m), Arrays.copyOf(l, m), Arrays.copyOf(v, m), Map.copyOf(odd));
        }
    }
}
