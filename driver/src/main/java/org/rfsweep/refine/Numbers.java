package org.rfsweep.refine;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers for people: six significant digits, no trailing zeros, no exponent ({@code 1.2345}, {@code 0.5}). */
final class Numbers {
    private Numbers() {
    }

    static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(String.format(Locale.ROOT, "%.6g", v)).stripTrailingZeros().toPlainString();
    }
}
