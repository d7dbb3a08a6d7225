package org.rfsweep.spec;

import java.util.List;
import java.util.StringJoiner;
import org.rfsweep.kernel.DoublePair;

/**
 * Canonical text of one resolved parameter value, by the same rules as
 * {@link org.rfsweep.kernel.ResolvedParams#canonicalForm()}: doubles in Java's shortest
 * round-trip form with -0.0 folded into 0.0, pairs as {@code [a,b]}. Equal values give equal text.
 */
final class Canonical {
    private Canonical() {
    }

    /** One axis point: a single value as itself, several (a zip row) as {@code (a, b)}. */
    static String point(List<Object> values) {
        if (values.size() == 1) {
            return value(values.get(0));
        }
        StringJoiner row = new StringJoiner(", ", "(", ")");
        values.forEach(v -> row.add(value(v)));
        return row.toString();
    }

    static String value(Object v) {
        if (v instanceof Double) {
            double d = (Double) v;
            return Double.toString(d == 0.0 ? 0.0 : d);
        }
        if (v instanceof DoublePair) {
            DoublePair p = (DoublePair) v;
            return "[" + value(p.first()) + "," + value(p.second()) + "]";
        }
        return String.valueOf(v);
    }
}
