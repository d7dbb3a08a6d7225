package org.rfsweep.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Converts Spark rows to text cells: nulls as {@code null}, doubles compact (6 significant
 * digits) for the aligned table and in full round-trip precision for CSV, arrays as
 * {@code [a, b, ...]}, timestamps in ISO-8601 UTC. Locale.ROOT throughout.
 */
final class SparkRowText {
    private SparkRowText() {
    }

    static TextTable table(StructType schema, List<Row> rows, boolean compact) {
        StructField[] fields = schema.fields();
        List<String> headers = new ArrayList<>();
        boolean[] numeric = new boolean[fields.length];
        for (int c = 0; c < fields.length; c++) {
            headers.add(fields[c].name());
            numeric[c] = fields[c].dataType() instanceof NumericType;
        }
        TextTable table = new TextTable(headers, numeric);
        for (Row r : rows) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < fields.length; c++) {
                Object v = r.isNullAt(c) ? null
                        : fields[c].dataType() instanceof ArrayType ? r.getList(c) : r.get(c);
                cells.add(cell(v, compact));
            }
            table.add(cells);
        }
        return table;
    }

    static String cell(Object v, boolean compact) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Double || v instanceof Float) {
            return number(((Number) v).doubleValue(), compact);
        }
        if (v instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object o : list) {
                items.add(cell(o, compact));
            }
            return "[" + String.join(", ", items) + "]";
        }
        if (v instanceof scala.collection.Seq<?> seq) {
            return cell(scala.jdk.javaapi.CollectionConverters.asJava(seq), compact);
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(v);
    }

    static String number(double d, boolean compact) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        if (!compact) {
            return Double.toString(d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String s = String.format(Locale.ROOT, "%.6g", d);
        if (s.contains("e")) {
            return s;
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
