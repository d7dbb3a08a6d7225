package org.rfsweep.plot;

import java.util.Locale;

/**
 * One value of a swept axis: its label as printed on a figure, and its number (NaN for a choice
 * or a boolean; a pair such as xi = (1, 3) sorts by its first then second number).
 *
 * @param label  e.g. {@code 3.162}, {@code nlgp}, {@code (1, 3)}
 * @param first  the numeric value (or a pair's first), NaN if not numeric
 * @param second a pair's second value, NaN otherwise
 */
public record AxisValue(String label, double first, double second) implements Comparable<AxisValue> {

    /** The value of one table cell (a number, string or boolean). */
    public static AxisValue of(Object cell) {
        if (cell instanceof Number n) {
            return new AxisValue(format(n.doubleValue()), n.doubleValue(), Double.NaN);
        }
        return new AxisValue(String.valueOf(cell), Double.NaN, Double.NaN);
    }

    /** A pair parameter's two columns as one value, labelled {@code (a, b)}. */
    public static AxisValue pair(double a, double b) {
        return new AxisValue("(" + format(a) + ", " + format(b) + ")", a, b);
    }

    public boolean numeric() {
        return !Double.isNaN(first);
    }

    @Override
    public int compareTo(AxisValue o) {
        if (numeric() && o.numeric()) {
            int c = Double.compare(first, o.first);
            return c != 0 ? c : Double.compare(second, o.second);
        }
        return label.compareTo(o.label);
    }

    /** Four significant digits, no trailing zeros, no exponent for 1e-4 .. 1e6. */
    public static String format(double v) {
        return format(v, 4);
    }

    /** {@code digits} significant digits, no trailing zeros; integers as integers. */
    public static String format(double v, int digits) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%." + digits + "g", v);
        if (s.contains("e")) {
            return s;
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
