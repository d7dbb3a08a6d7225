package org.rfsweep.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.ResolvedParams;

/**
 * Runs the kernel's own cross-parameter checks ({@link Kernel#validate}, e.g. a covariance that is
 * not positive semi-definite) at every grid point before anything runs.
 *
 * <p>Implementation note: a check cannot depend on the seed, which only picks random streams, so
 * the seed is left out and each axis contributes only its distinct seed-free points. A grid of
 * 100 gains x 100 learning rates x 10 seeds is therefore validated in 10^4 calls, not 10^5, and
 * needs no memory beyond the axes.
 */
final class KernelValidation {
    static final String SEED = "seed";

    private KernelValidation() {
    }

    static void check(GridSweepSpec spec) throws InvalidSpecException {
        List<Axis> axes = seedFree(spec.axes());
        int[] position = new int[axes.size()];
        do {
            Map<String, Object> point = new LinkedHashMap<>();
            for (int a = 0; a < axes.size(); a++) {
                Axis axis = axes.get(a);
                List<Object> values = axis.points().get(position[a]);
                for (int p = 0; p < values.size(); p++) {
                    point.put(axis.parameters().get(p), values.get(p));
                }
            }
            validate(spec, axes, point);
        } while (advance(position, axes));
    }

    private static void validate(GridSweepSpec spec, List<Axis> axes, Map<String, Object> point)
            throws InvalidSpecException {
        Map<String, Object> raw = new HashMap<>(spec.fixedValues());
        raw.putAll(point);
        ResolvedParams params = spec.kernel().schema().resolve(raw);
        try {
            spec.kernel().validate(params);
        } catch (InvalidParameterException e) {
            String where = fieldOf(e.parameter(), spec);
            String message = oneLine(SchemaValues.withoutParameter(e, e.parameter())) + at(point);
            if (where.isEmpty()) { // a parameter at its default: name it and its value
                where = e.parameter();
                message += defaultNote(spec, e.parameter());
            }
            throw new InvalidSpecException(where, message, e);
        } catch (IllegalArgumentException e) {
            throw new InvalidSpecException("", "kernel " + spec.kernel().name() + " rejects "
                    + oneLine(String.valueOf(e.getMessage())) + at(point), e);
        }
    }

    private static String defaultNote(GridSweepSpec spec, String parameter) {
        return spec.kernel().schema().find(parameter)
                .map(p -> "; " + parameter + " is at its default " + Canonical.value(p.defaultValue()))
                .orElse("");
    }

    /** Where {@code parameter} is written in the spec; empty when it is not (it takes its default). */
    private static String fieldOf(String parameter, GridSweepSpec spec) {
        if (spec.fixedValues().containsKey(parameter)) {
            return FieldPath.child("fixed", parameter);
        }
        for (Axis axis : spec.axes()) {
            if (axis.parameters().contains(parameter)) {
                return axis.fieldOf(parameter);
            }
        }
        return "";
    }

    private static String at(Map<String, Object> point) {
        if (point.isEmpty()) {
            return "";
        }
        StringJoiner text = new StringJoiner(", ", " (at ", ")");
        point.forEach((k, v) -> text.add(k + "=" + Canonical.value(v)));
        return text.toString();
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", "; ");
    }

    /** The axes with the seed removed and repeated points dropped; seed-only axes disappear. */
    static List<Axis> seedFree(List<Axis> axes) {
        List<Axis> result = new ArrayList<>();
        for (Axis axis : axes) {
            int seedAt = axis.parameters().indexOf(SEED);
            if (seedAt < 0) {
                result.add(axis);
            } else if (axis.parameters().size() > 1) {
                result.add(withoutColumn(axis, seedAt));
            }
        }
        return result;
    }

    private static Axis withoutColumn(Axis axis, int column) {
        List<String> names = new ArrayList<>(axis.parameters());
        names.remove(column);
        Map<String, List<Object>> distinct = new LinkedHashMap<>();
        for (List<Object> point : axis.points()) {
            List<Object> rest = new ArrayList<>(point);
            rest.remove(column);
            distinct.putIfAbsent(Canonical.point(rest), rest);
        }
        return new Axis(axis.field(), names, new ArrayList<>(distinct.values()));
    }

    private static boolean advance(int[] position, List<Axis> axes) {
        for (int a = axes.size() - 1; a >= 0; a--) {
            if (++position[a] < axes.get(a).size()) {
                return true;
            }
            position[a] = 0;
        }
        return false;
    }
}
