package org.rfsweep.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The value generators of a grid axis (DESIGN.md, "Sweep spec"):
 * <ul>
 *   <li>{@code {range: [a, b]}} and {@code {range: [a, b, step]}}: a, a+step, ... up to b
 *       excluded (half-open, like Python's {@code range}); whole numbers when a, b and step are;</li>
 *   <li>{@code {linspace: [a, b, n]}}: n evenly spaced values from a to b, both included;</li>
 *   <li>{@code {logspace: [a, b, n]}}: 10^x for the n values x of {@code linspace [a, b, n]}.</li>
 * </ul>
 *
 * <p>Implementation note: interior linspace points are computed as
 * {@code (a (n-1-i) + b i) / (n-1)}, one rounding for integer a and b, so {@code linspace [0, 1, 11]}
 * yields exactly the doubles written 0.1, 0.2, ... and not {@code 3 * 0.1 = 0.30000000000000004};
 * integral logspace exponents are parsed as {@code 1e<k>}, so {@code logspace [-2, 1, 4]} yields
 * exactly 0.01, 0.1, 1, 10. A generated value thus has the trial_id of the same value written out.
 */
final class Generators {
    static final List<String> NAMES = List.of("range", "linspace", "logspace");

    private Generators() {
    }

    /**
     * Expands a generator node (a one-key mapping) into raw numbers (Long or Double).
     *
     * @param field     the axis' path, e.g. {@code grid.seed}
     * @param maxValues the trial limit; a longer axis is refused before it is materialised
     */
    static List<Object> expand(JsonNode generator, String field, long maxValues) throws InvalidSpecException {
        if (generator.size() != 1) {
            throw new InvalidSpecException(field, "a generator mapping has exactly one key: "
                    + "{range: [a, b]}, {range: [a, b, step]}, {linspace: [a, b, n]} or {logspace: [a, b, n]}");
        }
        Map.Entry<String, JsonNode> entry = generator.properties().iterator().next();
        String name = entry.getKey();
        String path = FieldPath.child(field, name);
        switch (name) {
            case "range":
                return range(arguments(entry.getValue(), path, 2, 3, "[a, b] or [a, b, step]"), path, maxValues);
            case "linspace":
                return linspace(arguments(entry.getValue(), path, 3, 3, "[a, b, n]"), path, maxValues, false);
            case "logspace":
                return linspace(arguments(entry.getValue(), path, 3, 3, "[a, b, n]"), path, maxValues, true);
            default:
                throw new InvalidSpecException(path, "unknown generator"
                        + DidYouMean.hint(name, NAMES, "; use range, linspace or logspace"));
        }
    }

    private static double[] arguments(JsonNode args, String path, int minArity, int maxArity, String shape)
            throws InvalidSpecException {
        if (!args.isArray()) {
            throw new InvalidSpecException(path, "expected a list " + shape + ", got " + RawValues.describe(args));
        }
        if (args.size() < minArity || args.size() > maxArity) {
            throw new InvalidSpecException(path, "expected " + shape + ", got " + args.size() + " value"
                    + (args.size() == 1 ? "" : "s"));
        }
        double[] values = new double[args.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode a = args.get(i);
            if (!a.isNumber()) {
                throw new InvalidSpecException(FieldPath.index(path, i), "expected a number, got " + RawValues.describe(a));
            }
            values[i] = a.doubleValue();
            if (!Double.isFinite(values[i])) {
                throw new InvalidSpecException(FieldPath.index(path, i), "must be a finite number, got " + a.asText());
            }
        }
        return values;
    }

    private static List<Object> range(double[] args, String path, long maxValues) throws InvalidSpecException {
        double a = args[0];
        double b = args[1];
        double step = args.length == 3 ? args[2] : 1;
        if (step == 0) {
            throw new InvalidSpecException(FieldPath.index(path, 2), "step must not be 0");
        }
        double span = Math.ceil((b - a) / step);
        if (!(span >= 1)) {
            throw new InvalidSpecException(path, String.format(Locale.ROOT,
                    "[%s, %s) with step %s is empty", text(a), text(b), text(step)));
        }
        checkCount(span, path, maxValues);
        long n = (long) span;
        if (step > 0 ? a + (n - 1) * step >= b : a + (n - 1) * step <= b) {
            n--; // the division rounded up past a value that lands on b itself
        }
        boolean whole = isWhole(a) && isWhole(step);
        List<Object> values = new ArrayList<>((int) n);
        for (long i = 0; i < n; i++) {
            values.add(whole ? (Object) ((long) a + i * (long) step) : (Object) (a + i * step));
        }
        return values;
    }

    private static List<Object> linspace(double[] args, String path, long maxValues, boolean log)
            throws InvalidSpecException {
        double n = args[2];
        if (!(n >= 1) || n != Math.rint(n)) {
            throw new InvalidSpecException(FieldPath.index(path, 2), "n must be a positive integer, got " + text(n));
        }
        checkCount(n, path, maxValues);
        int count = (int) n;
        List<Object> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double x = point(args[0], args[1], i, count);
            values.add(log ? powerOfTen(x) : x);
        }
        return values;
    }

    private static double point(double a, double b, int i, int n) {
        if (i == 0) {
            return a;
        }
        if (i == n - 1) {
            return b;
        }
        return (a * (n - 1 - i) + b * i) / (n - 1);
    }

    private static double powerOfTen(double exponent) {
        if (isWhole(exponent) && Math.abs(exponent) < 400) {
            return Double.parseDouble("1e" + (long) exponent);
        }
        return Math.pow(10, exponent);
    }

    /** The most values one axis can hold: it is a Java list (whatever --max-trials says). */
    static final int MAX_AXIS_VALUES = Integer.MAX_VALUE - 8;

    private static void checkCount(double count, String path, long maxValues) throws InvalidSpecException {
        if (count > MAX_AXIS_VALUES && maxValues > MAX_AXIS_VALUES) {
            throw new InvalidSpecException(path, String.format(Locale.ROOT,
                    "generates %s values, more than one axis can hold (%d)", text(count), MAX_AXIS_VALUES));
        }
        if (count > maxValues) {
            throw new InvalidSpecException(path, String.format(Locale.ROOT,
                    "generates %s values, more than the limit of %d trials; raise the limit with --max-trials",
                    text(count), maxValues));
        }
    }

    private static boolean isWhole(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1L << 53;
    }

    private static String text(double v) {
        return isWhole(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
