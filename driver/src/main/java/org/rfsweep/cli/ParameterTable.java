package org.rfsweep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.ParamDef;

/**
 * Formats a kernel's parameter schema as an aligned text table: name, type, default, allowed
 * values and the doc line, straight from {@link ParamDef} (the single source of truth).
 */
final class ParameterTable {
    private static final String[] HEADER = {"parameter", "type", "default", "allowed", "description"};

    private ParameterTable() {
    }

    static List<String> lines(Kernel kernel) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ParamDef p : kernel.schema().params()) {
            rows.add(new String[] {p.name(), typeName(p), p.unsetByDefault() ? "unset" : value(p.defaultValue()), p.rangeText(), p.doc()});
        }
        return align(rows);
    }

    static String typeName(ParamDef p) {
        switch (p.type()) {
            case INT:
                return "int";
            case LONG:
                return "long";
            case DOUBLE:
                return "real";
            case BOOLEAN:
                return "bool";
            case CHOICE:
                return "choice";
            case DOUBLE_PAIR:
                return "pair";
            default:
                throw new IllegalStateException("unknown type " + p.type());
        }
    }

    /** A value as it would be written in a spec: {@code 0.05}, {@code [3, 10]}, {@code nlgp}. */
    static String value(Object v) {
        if (v instanceof Double) {
            double d = (Double) v;
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
        if (v instanceof DoublePair) {
            DoublePair p = (DoublePair) v;
            return "[" + value(p.first()) + ", " + value(p.second()) + "]";
        }
        return String.valueOf(v);
    }

    private static List<String> align(List<String[]> rows) {
        int columns = HEADER.length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < columns - 1; c++) {
                line.append(String.format(Locale.ROOT, "%-" + width[c] + "s  ", row[c]));
            }
            lines.add(line.append(row[columns - 1]).toString());
        }
        return lines;
    }
}
