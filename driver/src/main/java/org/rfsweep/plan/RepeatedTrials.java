package org.rfsweep.plan;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds the trials a spec yields more than once (a repeated grid value, values that resolve alike)
 * without a set of millions of id strings: a trial id is 80 bits (20 hex digits), kept as its
 * first 16 digits in a {@code long} per trial, in spec order (8 bytes per trial). A sorted copy
 * shows which longs occur more than once; only the trials sharing one are compared by their full
 * id, in a set as small as they are few. Ids of another shape (none is made by {@code TrialSpec})
 * are compared in full too.
 */
final class RepeatedTrials {
    private long[] high;
    private final BitSet irregular = new BitSet();
    private int n;

    RepeatedTrials(long expected) {
        high = new long[(int) Math.max(16, Math.min(expected, Integer.MAX_VALUE - 8))];
    }

    /** Records the next trial's id. */
    void add(String trialId) {
        if (n == high.length) {
            high = Arrays.copyOf(high, n + (n >> 1) + 16);
        }
        if (isHex20(trialId)) {
            high[n] = Long.parseUnsignedLong(trialId, 0, 16, 16);
        } else {
            irregular.set(n);
        }
        n++;
    }

    /** The ids worth a full comparison: those whose first 16 digits another trial shares, and irregular ones. */
    Candidates candidates() {
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
        return new Candidates(Arrays.copyOf(shared, m), irregular);
    }

    /** Decides, trial by trial in spec order, whether an id was seen before. */
    static final class Candidates {
        private final long[] shared;
        private final BitSet irregular;
        private final Set<String> seen = new HashSet<>();
        private int index;

        Candidates(long[] shared, BitSet irregular) {
            this.shared = shared;
            this.irregular = irregular;
        }

        /** Whether the next trial (in the order of {@link #add}) repeats an earlier one. */
        boolean repeats(String trialId) {
            int i = index++;
            boolean candidate = irregular.get(i) || shared.length > 0
                    && Arrays.binarySearch(shared, Long.parseUnsignedLong(trialId, 0, 16, 16)) >= 0;
            return candidate && !seen.add(trialId);
        }
    }

    static boolean isHex20(String id) {
        if (id.length() != 20) {
            return false;
        }
        for (int i = 0; i < 20; i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
