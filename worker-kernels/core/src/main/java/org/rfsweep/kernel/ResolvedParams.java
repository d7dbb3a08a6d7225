package org.rfsweep.kernel;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable, complete set of typed parameter values, sorted by name. Values are
 * {@link Integer}, {@link Long}, {@link Double}, {@link Boolean}, {@link String} or
 * {@link DoublePair}, as their {@link ParamType} says. Created by {@link ParamSchema#resolve}.
 */
public final class ResolvedParams implements Serializable {
    private static final long serialVersionUID = 1L;

    private final TreeMap<String, Object> values;

    ResolvedParams(Map<String, Object> values) {
        this(new TreeMap<>(values));
    }

    /** Takes ownership of {@code values}, which nobody else holds (no copy: a plan resolves millions). */
    private ResolvedParams(TreeMap<String, Object> values) {
        this.values = values;
    }

    /** From a map built by {@link ParamSchema#resolve} for this object alone. */
    static ResolvedParams owning(TreeMap<String, Object> values) {
        return new ResolvedParams(values);
    }

    /** All values, sorted by name; unmodifiable. */
    public SortedMap<String, Object> asMap() {
        return Collections.unmodifiableSortedMap(values);
    }

    public Object get(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter named " + name);
        }
        return v;
    }

    public int getInt(String name) {
        return (Integer) get(name);
    }

    public long getLong(String name) {
        return (Long) get(name);
    }

    public double getDouble(String name) {
        return (Double) get(name);
    }

    public boolean getBoolean(String name) {
        return (Boolean) get(name);
    }

    public String getString(String name) {
        return (String) get(name);
    }

    public DoublePair getPair(String name) {
        return (DoublePair) get(name);
    }

    /**
     * The canonical text of these values: {@code name=value} pairs sorted by name, joined by
     * {@code ;}, doubles in Java's shortest round-trip form. Equal values give equal text.
     */
    public String canonicalForm() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(e.getKey()).append('=').append(canonicalValue(e.getValue()));
        }
        return sb.toString();
    }

    private static String canonicalValue(Object v) {
        if (v instanceof Double) {
            double d = (Double) v;
            return Double.toString(d == 0.0 ? 0.0 : d); // -0.0 and 0.0 are the same trial
        }
        if (v instanceof DoublePair) {
            DoublePair p = (DoublePair) v;
            return "[" + canonicalValue(p.first()) + "," + canonicalValue(p.second()) + "]";
        }
        return String.valueOf(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResolvedParams && ((ResolvedParams) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return canonicalForm();
    }
}
