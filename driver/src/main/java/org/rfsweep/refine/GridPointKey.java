package org.rfsweep.refine;

import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.PrimitiveType;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.ResolvedParams;

/**
 * A grid point (or part of one) as table columns and canonical text values: a pair {@code xi}
 * becomes {@code xi0, xi1} as in the tables ({@link org.rfsweep.table.ParameterColumns}); a real is
 * written with {@link Double#toString}, which round-trips exactly, so a key from a trial's resolved
 * parameters equals the key read back from the phase table or from a refinement record bit for bit.
 */
final class GridPointKey {
    private GridPointKey() {
    }

    /** The columns of {@code params} (pairs expanded) with their canonical values. */
    static SortedMap<String, String> of(ParamSchema schema, ResolvedParams values, Collection<String> params) {
        SortedMap<String, String> key = new TreeMap<>();
        for (String name : params) {
            ParamDef def = schema.find(name).orElseThrow();
            Object v = values.get(name);
            if (v instanceof DoublePair pair) {
                key.put(name + "0", Double.toString(pair.first()));
                key.put(name + "1", Double.toString(pair.second()));
            } else if (v instanceof Double d) {
                key.put(def.name(), Double.toString(d));
            } else {
                key.put(def.name(), String.valueOf(v));
            }
        }
        return key;
    }

    /** The table columns of {@code params}, pairs expanded. */
    static SortedMap<String, String> columnsOf(ParamSchema schema, Collection<String> params) {
        SortedMap<String, String> columns = new TreeMap<>();
        for (String name : params) {
            ParamDef def = schema.find(name).orElseThrow();
            if (def.type() == org.rfsweep.kernel.ParamType.DOUBLE_PAIR) {
                columns.put(name + "0", name);
                columns.put(name + "1", name);
            } else {
                columns.put(name, name);
            }
        }
        return columns;
    }

    /** The canonical text of column {@code column} of a Parquet row (as written by Spark), or null if null. */
    static String text(Group row, String column) {
        GroupType type = row.getType();
        if (!type.containsField(column) || row.getFieldRepetitionCount(column) == 0) {
            return null;
        }
        PrimitiveType.PrimitiveTypeName t = type.getType(column).asPrimitiveType().getPrimitiveTypeName();
        return switch (t) {
            case DOUBLE -> Double.toString(row.getDouble(column, 0));
            case FLOAT -> Double.toString(row.getFloat(column, 0));
            case INT32 -> Integer.toString(row.getInteger(column, 0));
            case INT64 -> Long.toString(row.getLong(column, 0));
            case BOOLEAN -> Boolean.toString(row.getBoolean(column, 0));
            default -> row.getString(column, 0);
        };
    }

    /** Human-readable {@code a=1 b=x} form of a key. */
    static String describe(SortedMap<String, String> key) {
        if (key.isEmpty()) {
            return "(all)";
        }
        StringBuilder sb = new StringBuilder();
        key.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }
}
