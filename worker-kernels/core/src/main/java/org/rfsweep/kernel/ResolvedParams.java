package org.rfsweep.kernel;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An immutable, complete set of typed parameter values, sorted by name. Values are
 * {@link Integer}, {@link Long}, {@link Double}, {@link Boolean}, {@link String} or
 * {@link DoublePair}, as their {@link ParamType} says. Created by {@link ParamSchema#resolve}.
 */
public final class ResolvedParams implements Serializable {
    private static final long serialVersionUID = 2L;
    /**
     * The version of {@link #canonicalForm()}'s rules. Version 1: every parameter as
     * {@code name=value}, sorted, except neutral parameters at their default. A change of the rules
     * that moves any existing id must bump this and say so here.
     */
    public static final int CANONICAL_FORM_VERSION = 1;

    private final TreeMap<String, Object> values;
    /** Neutral parameters ({@link ParamDef#neutral()}) that hold their default: not in the canonical form. */
    private final TreeSet<String> neutralAtDefault;

    /** Takes ownership of both, which nobody else holds (no copy: a plan resolves millions). */
    private ResolvedParams(TreeMap<String, Object> values, TreeSet<String> neutralAtDefault) {
        this.values = values;
        this.neutralAtDefault = neutralAtDefault;
    }

    /** From the collections built by {@link ParamSchema#resolve} for this object alone. */
    static ResolvedParams owning(TreeMap<String, Object> values, TreeSet<String> neutralAtDefault) {
        return new ResolvedParams(values, neutralAtDefault);
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
     * The canonical text of these values (rules of version {@value #CANONICAL_FORM_VERSION}):
     * {@code name=value} pairs sorted by name, joined by {@code ;}, doubles in Java's shortest
     * round-trip form. Equal values give equal text.
     *
     * <p>Growth rule (DESIGN.md, "Identity"): a parameter added to a kernel after its trials have
     * ids is declared {@link ParamDef#neutral()} when its default reproduces the behaviour from
     * before it existed; while it holds that default it is left out of this text, so every existing
     * trial keeps its trial_id. Given any other value, it is written like every other parameter. A
     * parameter whose default changes the old behaviour must not be neutral: the kernel version is
     * bumped instead.
     */
    public String canonicalForm() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (neutralAtDefault.contains(e.getKey())) {
                continue;
            }
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
