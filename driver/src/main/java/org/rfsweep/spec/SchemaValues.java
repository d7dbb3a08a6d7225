package org.rfsweep.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.ParamType;

/**
 * Reads parameter values from spec nodes through the kernel's {@link ParamSchema}, the single
 * source of truth for names, types and ranges: unknown names get a did-you-mean, values are
 * coerced by {@link ParamDef#coerce} and every failure names the field it came from.
 */
final class SchemaValues {
    private final Kernel kernel;
    private final ParamSchema schema;
    private final long maxTrials;

    SchemaValues(Kernel kernel, long maxTrials) {
        this.kernel = kernel;
        this.schema = kernel.schema();
        this.maxTrials = maxTrials;
    }

    /** The parameter called {@code name}, written at {@code field}. */
    ParamDef param(String field, String name) throws InvalidSpecException {
        ParamDef def = schema.find(name).orElse(null);
        if (def == null) {
            List<String> names = schema.params().stream().map(ParamDef::name).toList();
            throw new InvalidSpecException(field, "unknown parameter" + DidYouMean.hint(name, names,
                    "; `rfsweep kernels " + kernel.name() + "` lists the parameters of kernel " + kernel.name()));
        }
        return def;
    }

    /** One fixed value: a scalar, or a pair {@code [a, b]} for a pair-valued parameter. */
    Object single(String field, ParamDef def, JsonNode node) throws InvalidSpecException {
        if (node.isArray() && def.type() != ParamType.DOUBLE_PAIR) {
            throw new InvalidSpecException(field, "expected a single value, got a list; swept values go under grid");
        }
        if (node.isArray() && node.size() > 0 && node.get(0).isArray()) {
            throw new InvalidSpecException(field, "expected one pair [" + def.name() + "0, " + def.name()
                    + "1], got a list of pairs; several pairs go under grid");
        }
        if (node.isObject()) {
            throw new InvalidSpecException(field, "expected a single value, got a mapping; generators go under grid");
        }
        return coerce(field, def, RawValues.of(node));
    }

    /**
     * The values of one axis: a non-empty list, or a generator mapping for numeric parameters.
     * Duplicates are not checked here: a zip member may repeat values as long as its rows differ
     * (see {@link #rejectDuplicates}).
     */
    List<Object> axis(String field, ParamDef def, JsonNode node) throws InvalidSpecException {
        List<Object> values = new ArrayList<>();
        if (node.isObject()) {
            requireNumeric(field, def);
            List<Object> raw = Generators.expand(node, field, maxTrials);
            String generator = FieldPath.child(field, node.fieldNames().next());
            for (Object r : raw) {
                values.add(coerce(generator, def, r));
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                throw new InvalidSpecException(field, "empty axis; give at least one value");
            }
            for (int i = 0; i < node.size(); i++) {
                values.add(coerce(FieldPath.index(field, i), def, RawValues.of(node.get(i))));
            }
        } else {
            throw new InvalidSpecException(field, "expected a list of values or a generator "
                    + "({range|linspace|logspace: [...]}), got " + RawValues.describe(node)
                    + "; a single value goes under fixed");
        }
        return values;
    }

    private void requireNumeric(String field, ParamDef def) throws InvalidSpecException {
        ParamType t = def.type();
        if (t != ParamType.INT && t != ParamType.LONG && t != ParamType.DOUBLE) {
            String kind = t == ParamType.CHOICE ? "a choice (" + def.rangeText() + ")"
                    : t == ParamType.BOOLEAN ? "true or false" : "a pair";
            throw new InvalidSpecException(field, "generators produce numbers, but " + def.name() + " is "
                    + kind + "; list its values instead");
        }
    }

    /**
     * Refuses an axis with two equal points: they would be the same trial (same trial_id) twice.
     * Values are compared by their canonical text, so {@code 1} and {@code 1.0} of a real parameter
     * are equal.
     */
    static void rejectDuplicates(Axis axis) throws InvalidSpecException {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < axis.size(); i++) {
            String key = Canonical.point(axis.points().get(i));
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                throw new InvalidSpecException(FieldPath.index(axis.field(), i), "duplicate value " + key
                        + " (same as " + FieldPath.index(axis.field(), first) + "); it would run the same trial twice");
            }
        }
    }

    static Object coerce(String field, ParamDef def, Object raw) throws InvalidSpecException {
        try {
            return def.coerce(raw);
        } catch (InvalidParameterException e) {
            throw new InvalidSpecException(field, withoutParameter(e, def.name()), e);
        }
    }

    /** The exception's message without its leading {@code "name: "} when that only repeats the field. */
    static String withoutParameter(InvalidParameterException e, String name) {
        String prefix = e.parameter() + ": ";
        String message = e.getMessage();
        if (e.parameter().equals(name) && message.startsWith(prefix)) {
            return message.substring(prefix.length());
        }
        return message;
    }
}
