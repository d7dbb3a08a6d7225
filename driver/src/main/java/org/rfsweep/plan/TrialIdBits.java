package org.rfsweep.plan;

/**
 * A trial id's 80 bits (20 lower-case hex digits, {@code TrialSpec}) as a {@code long} (the first
 * 16 digits) and a {@code char} (the last 4), the compact form in which plans and indexes keep
 * millions of ids. Parsed by hand: {@code Long.parseUnsignedLong} on a substring range took 5 % of
 * a whole plan.
 */
public final class TrialIdBits {
    private TrialIdBits() {
    }

    /** Whether {@code id} has the shape of a trial id (else callers keep it as a string). */
    public static boolean regular(String id) {
        if (id.length() != 20) {
            return false;
        }
        for (int i = 0; i < 20; i++) {
            if (digit(id.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The first 64 bits of a {@link #regular} id. */
    public static long high(String id) {
        long v = 0;
        for (int i = 0; i < 16; i++) {
            v = v << 4 | digit(id.charAt(i));
        }
        return v;
    }

    /** The last 16 bits of a {@link #regular} id. */
    public static char low(String id) {
        int v = 0;
        for (int i = 16; i < 20; i++) {
            v = v << 4 | digit(id.charAt(i));
        }
        return (char) v;
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }
}
