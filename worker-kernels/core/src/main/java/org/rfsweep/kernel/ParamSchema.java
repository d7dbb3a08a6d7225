package org.rfsweep.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A kernel's ordered list of parameters. Resolves raw values (from a spec) into a complete,
 * typed {@link ResolvedParams}: every parameter not given takes its default.
 */
public final class ParamSchema {
    private final Map<String, ParamDef> byName;

    public ParamSchema(List<ParamDef> params) {
        Map<String, ParamDef> map = new LinkedHashMap<>();
        for (ParamDef p : params) {
            if (map.put(p.name(), p) != null) {
                throw new IllegalArgumentException("duplicate parameter " + p.name());
            }
            if (!p.unsetByDefault()) {
                p.coerce(p.defaultValue()); // a default must itself be valid
            }
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /** The parameters in declaration order. */
    public List<ParamDef> params() {
        return new ArrayList<>(byName.values());
    }

    public Optional<ParamDef> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The parameter {@code name}, which must exist: for kernels that reuse another kernel's
     * definitions, where a missing name is a programming error.
     *
     * @throws IllegalStateException if there is no such parameter
     */
    public ParamDef require(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("no parameter " + name + " in " + byName.keySet()));
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /**
     * Resolves raw values: unknown names are rejected, given values coerced and range-checked,
     * missing ones defaulted.
     *
     * @param raw parameter name to raw value. Not modified.
     * @throws InvalidParameterException naming the first offending parameter
     */
    public ResolvedParams resolve(Map<String, ?> raw) {
        for (String key : raw.keySet()) {
            if (!byName.containsKey(key)) {
                throw new InvalidParameterException(key, "unknown parameter");
            }
        }
        TreeMap<String, Object> values = new TreeMap<>();
        TreeSet<String> neutralAtDefault = new TreeSet<>();
        for (ParamDef p : byName.values()) {
            Object given = raw.get(p.name());
            Object value = given == null ? p.defaultValue() : p.coerce(given);
            values.put(p.name(), value);
            if (p.neutral() && p.isDefault(value)) {
                neutralAtDefault.add(p.name());
            }
        }
        return ResolvedParams.owning(values, neutralAtDefault);
    }
}
