package org.rfsweep.kernel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One kernel parameter: its name, type, default, allowed range or choices and a one-line doc.
 * {@link #coerce(Object)} turns a raw value (as parsed from YAML: Number, String, Boolean, List)
 * into the resolved Java type, or fails with a message naming the parameter.
 *
 * @param name         parameter name as written in specs, {@code [a-z][a-z0-9_]*}
 * @param type         value type
 * @param defaultValue resolved default (of the type's Java class)
 * @param min          lower bound (numeric types, and each element of a pair), or NaN for none
 * @param minExclusive whether {@code min} itself is excluded
 * @param max          upper bound, or NaN for none
 * @param choices      allowed values for {@link ParamType#CHOICE}, else empty
 * @param doc          one-line description with units
 * @param neutral      whether this parameter was added after trial ids existed and its default
 *                     reproduces the behaviour from before it existed: while it holds its default it
 *                     is left out of the canonical form, so no existing trial_id moves (see
 *                     {@link ResolvedParams#canonicalForm()})
 * @param alsoAllowed  one value allowed outside [min, max] (a numeric type), or NaN for none: e.g. the
 *                     gain 0, the Gaussian limit, below the NLGP's [1e-6, 1e6]
 */
public record ParamDef(String name, ParamType type, Object defaultValue, double min,
                       boolean minExclusive, double max, List<String> choices, String doc, boolean neutral,
                       double alsoAllowed) {

    public ParamDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(doc, "doc");
        choices = List.copyOf(choices);
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("parameter name must match [a-z][a-z0-9_]*: " + name);
        }
        if (defaultValue instanceof Double && ((Double) defaultValue).isNaN() && !neutral) {
            throw new IllegalArgumentException("only a neutral parameter may be unset by default: " + name);
        }
    }

    /** A parameter allowed only its range. */
    public ParamDef(String name, ParamType type, Object defaultValue, double min, boolean minExclusive, double max,
                    List<String> choices, String doc, boolean neutral) {
        this(name, type, defaultValue, min, minExclusive, max, choices, doc, neutral, Double.NaN);
    }

    /** A parameter that is part of every trial's canonical form (not {@link #neutral}). */
    public ParamDef(String name, ParamType type, Object defaultValue, double min, boolean minExclusive, double max,
                    List<String> choices, String doc) {
        this(name, type, defaultValue, min, minExclusive, max, choices, doc, false);
    }

    /**
     * This parameter with one more allowed value outside its range, e.g. {@code orExactly(0)} for a
     * gain whose range starts at 1e-6: so validation and {@code rfsweep kernels} say what the kernel
     * accepts, instead of the kernel checking it again.
     */
    public ParamDef orExactly(double value) {
        return new ParamDef(name, type, defaultValue, min, minExclusive, max, choices, doc, neutral, value);
    }

    public static ParamDef integer(String name, int def, int min, int max, String doc) {
        return new ParamDef(name, ParamType.INT, def, min, false, max, List.of(), doc);
    }

    public static ParamDef longValue(String name, long def, long min, String doc) {
        return new ParamDef(name, ParamType.LONG, def, min, false, Double.NaN, List.of(), doc);
    }

    /** A finite double in [min, max] (or (min, max] when {@code minExclusive}); NaN bound = none. */
    public static ParamDef real(String name, double def, double min, boolean minExclusive, double max,
                                String doc) {
        return new ParamDef(name, ParamType.DOUBLE, def, min, minExclusive, max, List.of(), doc);
    }

    /**
     * An optional finite double without a default: unset (NaN) unless a spec gives it, e.g. a
     * target that replaces another parameter when present. Always {@link #neutral}: unset is the
     * behaviour from before it existed.
     */
    public static ParamDef optionalReal(String name, double min, boolean minExclusive, double max, String doc) {
        return new ParamDef(name, ParamType.DOUBLE, Double.NaN, min, minExclusive, max, List.of(), doc, true);
    }

    /**
     * This parameter marked neutral: added after trial ids existed, with a default that reproduces
     * the old behaviour, so it stays out of the canonical form while at its default.
     */
    public ParamDef asNeutral() {
        return new ParamDef(name, type, defaultValue, min, minExclusive, max, choices, doc, true, alsoAllowed);
    }

    /** Whether the default is "unset" (an {@link #optionalReal}). */
    public boolean unsetByDefault() {
        return defaultValue instanceof Double && ((Double) defaultValue).isNaN();
    }

    /** Whether {@code value} is this parameter's default (NaN equals NaN: both unset). */
    public boolean isDefault(Object value) {
        return defaultValue.equals(value);
    }

    public static ParamDef bool(String name, boolean def, String doc) {
        return new ParamDef(name, ParamType.BOOLEAN, def, Double.NaN, false, Double.NaN, List.of(), doc);
    }

    public static ParamDef choice(String name, String def, List<String> choices, String doc) {
        return new ParamDef(name, ParamType.CHOICE, def, Double.NaN, false, Double.NaN, choices, doc);
    }

    /** A pair of finite doubles, each in the given range. */
    public static ParamDef pair(String name, DoublePair def, double min, boolean minExclusive, double max,
                                String doc) {
        return new ParamDef(name, ParamType.DOUBLE_PAIR, def, min, minExclusive, max, List.of(), doc);
    }

    /**
     * This parameter with another default (already of the type's Java class), e.g. a kernel that
     * shares {@code twolayer-sgd}'s definition of {@code size} but not its default.
     */
    public ParamDef withDefault(Object resolvedDefault) {
        return new ParamDef(name, type, resolvedDefault, min, minExclusive, max, choices, doc, neutral, alsoAllowed);
    }

    /** This parameter with another doc line, e.g. where a shared parameter means something else. */
    public ParamDef withDoc(String otherDoc) {
        return new ParamDef(name, type, defaultValue, min, minExclusive, max, choices, otherDoc, neutral, alsoAllowed);
    }

    /**
     * Converts a raw value into this parameter's resolved type.
     *
     * @throws InvalidParameterException if the type is wrong or the value out of range
     */
    public Object coerce(Object raw) {
        if (raw == null) {
            throw fail("a value is required");
        }
        switch (type) {
            case INT:
                return (int) checkRange(wholeNumber(raw, Integer.MIN_VALUE, Integer.MAX_VALUE));
            case LONG:
                return checkRange(wholeNumber(raw, Long.MIN_VALUE, Long.MAX_VALUE));
            case DOUBLE:
                return checkRange(realNumber(raw, name));
            case BOOLEAN:
                if (raw instanceof Boolean) {
                    return raw;
                }
                throw fail("expected true or false, got " + describe(raw));
            case CHOICE:
                return choice(raw);
            case DOUBLE_PAIR:
                return pairValue(raw);
            default:
                throw new IllegalStateException("unknown type " + type);
        }
    }

    private String choice(Object raw) {
        if (!(raw instanceof String) || !choices.contains(raw)) {
            throw fail("expected one of " + choices + ", got " + describe(raw));
        }
        return (String) raw;
    }

    private DoublePair pairValue(Object raw) {
        if (raw instanceof DoublePair) {
            DoublePair p = (DoublePair) raw; // NaN would pass the range check: finite first, as for a list
            return new DoublePair(checkRange(realNumber(p.first(), name + "0")),
                    checkRange(realNumber(p.second(), name + "1")));
        }
        if (!(raw instanceof List) || ((List<?>) raw).size() != 2) {
            throw fail("expected a pair [" + name + "0, " + name + "1], got " + describe(raw));
        }
        List<?> list = (List<?>) raw;
        return new DoublePair(checkRange(realNumber(list.get(0), name + "0")),
                checkRange(realNumber(list.get(1), name + "1")));
    }

    private long wholeNumber(Object raw, long lo, long hi) {
        if (raw instanceof Number && !(raw instanceof Double) && !(raw instanceof Float)) {
            long v = ((Number) raw).longValue();
            if (v < lo || v > hi || !raw.toString().equals(Long.toString(v))) {
                throw fail("integer out of range: " + raw);
            }
            return v;
        }
        if (raw instanceof Number) {
            double d = ((Number) raw).doubleValue();
            if (d == Math.rint(d) && d >= lo && d <= hi) {
                return (long) d;
            }
        }
        throw fail("expected an integer, got " + describe(raw));
    }

    private double realNumber(Object raw, String field) {
        if (!(raw instanceof Number)) {
            throw new InvalidParameterException(field, "expected a number, got " + describe(raw));
        }
        double d = ((Number) raw).doubleValue();
        if (!Double.isFinite(d)) {
            throw new InvalidParameterException(field, "must be a finite number, got " + d);
        }
        return d;
    }

    private long checkRange(long v) {
        checkRange((double) v);
        return v;
    }

    private double checkRange(double v) {
        if (v == alsoAllowed) {
            return v;
        }
        boolean belowMin = !Double.isNaN(min) && (minExclusive ? v <= min : v < min);
        boolean aboveMax = !Double.isNaN(max) && v > max;
        if (belowMin || aboveMax) {
            throw fail("value " + format(v) + " is outside the allowed range " + rangeText());
        }
        return v;
    }

    /**
     * The allowed range in interval notation, e.g. {@code (0, inf)} or {@code [1, 4096]}, after the
     * {@link #alsoAllowed} value if there is one: {@code 0 or [1.0E-6, 1000000]}.
     */
    public String rangeText() {
        if (type == ParamType.CHOICE) {
            return String.join(" | ", choices);
        }
        if (type == ParamType.BOOLEAN) {
            return "true | false";
        }
        String lo = Double.isNaN(min) ? "(-inf" : (minExclusive ? "(" : "[") + format(min);
        String hi = Double.isNaN(max) ? "inf)" : format(max) + "]";
        return (Double.isNaN(alsoAllowed) ? "" : format(alsoAllowed) + " or ") + lo + ", " + hi;
    }

    private InvalidParameterException fail(String message) {
        return new InvalidParameterException(name, message);
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    private static String describe(Object raw) {
        if (raw instanceof String) {
            return "\"" + raw + "\"";
        }
        return String.valueOf(raw);
    }
}
