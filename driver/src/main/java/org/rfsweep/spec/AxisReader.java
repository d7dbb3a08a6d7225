package org.rfsweep.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rfsweep.kernel.ParamDef;

/**
 * Reads a spec's axes, {@code grid} entries and {@code zip} groups, in the order they are written,
 * and makes sure each parameter is set in one place only: fixed, or on exactly one axis.
 */
final class AxisReader {
    private final SchemaValues values;
    private final Map<String, Object> fixed;
    private final Map<String, String> sweptAt = new HashMap<>();

    AxisReader(SchemaValues values, Map<String, Object> fixed) {
        this.values = values;
        this.fixed = fixed;
    }

    List<Axis> read(JsonNode root) throws InvalidSpecException {
        List<Axis> axes = new ArrayList<>();
        for (String key : SweepSpecLoader.iterable(root)) {
            if (key.equals("grid")) {
                grid(SweepSpecLoader.section(root.get(key), "grid"), axes);
            } else if (key.equals("zip")) {
                zip(root.get(key), axes);
            }
        }
        return axes;
    }

    private void grid(JsonNode grid, List<Axis> axes) throws InvalidSpecException {
        for (String key : SweepSpecLoader.iterable(grid)) {
            String field = FieldPath.child("grid", key);
            ParamDef def = values.param(field, key);
            claim(field, key);
            List<List<Object>> points = new ArrayList<>();
            for (Object v : values.axis(field, def, grid.get(key))) {
                points.add(List.of(v));
            }
            Axis axis = new Axis(field, List.of(key), points);
            SchemaValues.rejectDuplicates(axis);
            axes.add(axis);
        }
    }

    private void zip(JsonNode zip, List<Axis> axes) throws InvalidSpecException {
        if (zip == null || zip.isNull()) {
            return;
        }
        if (!zip.isArray()) {
            throw new InvalidSpecException("zip", "expected a list of groups, e.g. "
                    + "zip: [{lr: [0.05, 0.1], time: [1000, 500]}], got " + RawValues.describe(zip));
        }
        for (int g = 0; g < zip.size(); g++) {
            axes.add(ZipGroups.read(FieldPath.index("zip", g), zip.get(g), values, this));
        }
    }

    /** Records that {@code name} is swept at {@code field}; a parameter is fixed or swept once. */
    void claim(String field, String name) throws InvalidSpecException {
        if (fixed.containsKey(name)) {
            throw new InvalidSpecException(field, name + " is also fixed (fixed." + name
                    + "); a parameter is either fixed or swept");
        }
        String earlier = sweptAt.putIfAbsent(name, field);
        if (earlier != null) {
            throw new InvalidSpecException(field, name + " is already swept at " + earlier
                    + "; a parameter belongs to one axis");
        }
    }
}
