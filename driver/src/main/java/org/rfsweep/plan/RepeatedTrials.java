package org.rfsweep.plan;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds the trials a spec yields more than once (a repeated grid value, values that resolve alike)
 * in one pass and without a set of millions of id strings. A trial id is 80 bits written as 20 hex
 * digits; it is kept as a {@code long} (the first 16 digits) and a {@code char} (the last 4) per
 * trial in spec order, 10 bytes per trial. At the end a sorted copy of the longs shows which of
 * them occur more than once, and only those trials are compared on all 80 bits, which are the
 * whole id: the answer is exact. Ids of another shape (none is made by {@code TrialSpec}) are
 * compared as strings as they come.
 */
final class RepeatedTrials {
    private long[] high;
    private char[] low;
    private int n;
    private final Set<String> irregularSeen = new HashSet<>();
    private final BitSet irregular = new BitSet();
    private final BitSet irregularRepeats = new BitSet();

    RepeatedTrials(long expected) {
        int capacity = (int) Math.max(16, Math.min(expected, Integer.MAX_VALUE - 8));
        high = new long[capacity];
        low = new char[capacity];
    }

    /** Records the next trial's id; its index is the number of ids added before it. */
    void add(String trialId) {
        if (n == high.length) {
            high = Arrays.copyOf(high, n + (n >> 1) + 16);
            low = Arrays.copyOf(low, high.length);
        }
        if (TrialIdBits.regular(trialId)) {
            high[n] = TrialIdBits.high(trialId);
            low[n] = TrialIdBits.low(trialId);
        } else {
            irregular.set(n);
            if (!irregularSeen.add(trialId)) {
                irregularRepeats.set(n);
            }
        }
        n++;
    }

    /** The indices of every occurrence of an id after its first. */
    BitSet repeats() {
        long[] sorted = Arrays.copyOf(high, n);
        Arrays.sort(sorted);
        long[] shared = new long[16];
        int m = 0;
        for (int i = 1; i < n; i++) {
            if (sorted[i] == sorted[i - 1] && (m == 0 || shared[m - 1] != sorted[i])) {
                if (m == shared.length) {
                    shared = Arrays.copyOf(shared, 2 * m);
                }
                shared[m++] = sorted[i];
            }
        }
        BitSet repeats = (BitSet) irregularRepeats.clone();
        if (m == 0) {
            return repeats;
        }
        long[] candidates = Arrays.copyOf(shared, m);
        Map<Long, Set<Character>> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (!irregular.get(i) && Arrays.binarySearch(candidates, high[i]) >= 0
                    && !seen.computeIfAbsent(high[i], h -> new HashSet<>()).add(low[i])) {
                repeats.set(i);
            }
        }
        return repeats;
    }
}
