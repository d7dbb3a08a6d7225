package org.rfsweep.plot;

import org.rfsweep.kernel.MetricRole;
import org.rfsweep.table.PhaseColumns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sweep's trials grouped by grid point (the values of the swept axes), in axis order, for the
 * figures drawn per grid point; read from {@code runs} with Spark SQL.
 */
public final class GridPoints {
    private GridPoints() {
    }

    /**
     * One grid point.
     *
     * @param label  its swept-axis values, e.g. {@code inputs=nlgp, gain=3.162}; empty when nothing varies
     * @param trials its runs rows (trial_id, seed, status, parameters, metrics), by seed
     */
    public record Point(String label, List<Map<String, Object>> trials) {
    }

    /** The grid points with at least one trial matching {@code where}, the trials filtered by it too. */
    public static List<Point> select(SparkSweepTables t, String where) throws PlotInputException {
        List<Map<String, Object>> runs = t.sql("SELECT * FROM runs");
        List<String> selectable = new ArrayList<>(t.parameters());
        if (!runs.isEmpty() && runs.get(0).containsKey(PhaseColumns.SEED)) {
            selectable.add(PhaseColumns.SEED);
        }
        Selection s = Selection.parse(where, selectable, runs);
        List<SweptAxis> axes = t.axes();
        Comparator<Map<String, Object>> byAxes = (a, b) -> 0;
        for (SweptAxis axis : axes) {
            byAxes = byAxes.thenComparing(r -> axis.valueOf(r));
        }
        Comparator<Map<String, Object>> order = byAxes.thenComparing(r -> seedOf(r));
        Map<String, List<Map<String, Object>>> points = runs.stream().filter(s::matches).sorted(order)
                .collect(Collectors.groupingBy(r -> label(axes, r), LinkedHashMap::new, Collectors.toList()));
        List<Point> out = new ArrayList<>();
        points.forEach((label, trials) -> out.add(new Point(label, trials)));
        return out;
    }

    static String label(List<SweptAxis> axes, Map<String, Object> row) {
        return axes.stream().map(a -> a.name() + "=" + a.valueOf(row).label()).collect(Collectors.joining(", "));
    }

    static long seedOf(Map<String, Object> row) {
        Object s = row.get(PhaseColumns.SEED);
        return s instanceof Number n ? n.longValue() : 0;
    }

    /** A number cell as double, NaN when null or absent. */
    static double number(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /**
     * The reference level of a trial (for the IPR kernels the random-weight IPR 3/(N+2), SCIENCE.md
     * section 4): the value of its kernel's {@link MetricRole#REFERENCE_LEVEL} metric, NaN if none.
     */
    static double referenceLevel(SparkSweepTables t, Map<String, Object> row) {
        return t.model().withRole(MetricRole.REFERENCE_LEVEL).map(m -> number(row, m.name())).orElse(Double.NaN);
    }
}
