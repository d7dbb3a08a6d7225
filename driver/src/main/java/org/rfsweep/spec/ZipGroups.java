package org.rfsweep.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.rfsweep.kernel.ParamDef;

/**
 * Reads one {@code zip} group: a mapping of parameters to equally long value lists that advance
 * together and so form a single axis ({@code {lr: [0.05, 0.1], time: [1000, 500]}} is two trials).
 */
final class ZipGroups {
    private ZipGroups() {
    }

    static Axis read(String field, JsonNode group, SchemaValues values, AxisReader claims)
            throws InvalidSpecException {
        if (group == null || !group.isObject() || group.isEmpty()) {
            throw new InvalidSpecException(field, "expected a mapping of parameters to equally long lists, "
                    + "e.g. {lr: [0.05, 0.1], time: [1000, 500]}, got " + RawValues.describe(group));
        }
        List<String> names = new ArrayList<>();
        List<List<Object>> columns = new ArrayList<>();
        for (String key : SweepSpecLoader.iterable(group)) {
            String member = FieldPath.child(field, key);
            ParamDef def = values.param(member, key);
            claims.claim(member, key);
            names.add(key);
            columns.add(values.axis(member, def, group.get(key)));
        }
        checkLengths(field, names, columns);
        Axis axis = new Axis(field, names, rows(columns));
        SchemaValues.rejectDuplicates(axis);
        return axis;
    }

    private static void checkLengths(String field, List<String> names, List<List<Object>> columns)
            throws InvalidSpecException {
        for (int i = 1; i < columns.size(); i++) {
            if (columns.get(i).size() != columns.get(0).size()) {
                throw new InvalidSpecException(field, "the lists of a zip group must have equal lengths, but "
                        + names.get(0) + " has " + columns.get(0).size() + " values and " + names.get(i)
                        + " has " + columns.get(i).size());
            }
        }
    }

    private static List<List<Object>> rows(List<List<Object>> columns) {
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < columns.get(0).size(); r++) {
            List<Object> row = new ArrayList<>(columns.size());
            for (List<Object> column : columns) {
                row.add(column.get(r));
            }
            rows.add(row);
        }
        return rows;
    }
}
