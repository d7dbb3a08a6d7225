package org.rfsweep.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.rfsweep.kernel.MetricRole;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.table.PhaseColumns;

/**
 * Builds {@link MetricFigureData} from the {@code phase} rows: a run metric (by default the
 * kernel's first {@link MetricRole#HEADLINE} metric) against one numeric swept axis (by default
 * the kernel's natural axis), one series per value combination of the other swept axes (filtered
 * by {@code --where}), the kernel's {@link MetricRole#REFERENCE_LEVEL} and its
 * {@link MetricRole#DATA_STATISTIC}. Everything is found by role, nothing by name.
 */
public final class MetricFigures {
    private MetricFigures() {
    }

    /**
     * @param metric a run metric or its mean column, or null for the first headline metric
     * @param xName  the horizontal axis, or null for the kernel's natural one
     */
    public static MetricFigureData build(SparkSweepTables t, String metric, String xName, String where)
            throws PlotInputException {
        return build(t, List.of(), metric, xName, where);
    }

    /**
     * As {@link #build(SparkSweepTables, String, String, String)}, with the series of other sweeps
     * along the same axis (which each must sweep): the same metric where they have it, else their
     * headline; one series per value combination of their other swept axes, selected by
     * {@code where} where its terms are their parameters.
     */
    public static MetricFigureData build(SparkSweepTables t, List<SparkSweepTables> overlaid, String metric, String xName,
                                         String where) throws PlotInputException {
        SweptAxis x = axis(t, xName);
        PhaseColumns model = t.model();
        String m = metricName(t, metric);
        Selection s = Selection.parse(where, t.parameters(), t.phase());
        List<SweptAxis> others = new ArrayList<>(t.axes());
        others.remove(x);
        List<Map<String, Object>> rows = t.phase().stream().filter(s::matches)
                .sorted(Comparator.comparing(x::valueOf)).toList();
        if (rows.isEmpty()) {
            throw new PlotInputException("no grid point matches --where '" + where + "'");
        }
        Map<String, List<Map<String, Object>>> bySeries = rows.stream().collect(Collectors.groupingBy(
                r -> PhaseFigures.panelLabel(others, r), LinkedHashMap::new, Collectors.toList()));
        Optional<MetricSpec> statistic = model.withRole(MetricRole.DATA_STATISTIC)
                .filter(st -> t.phaseColumns().contains(PhaseColumns.mean(st.name())));
        List<MetricFigureData.Series> series = new ArrayList<>();
        List<MetricFigureData.Series> curves = new ArrayList<>();
        for (String label : bySeries.keySet().stream().sorted().toList()) {
            List<Map<String, Object>> points = bySeries.get(label);
            series.add(series(label, points, x, PhaseColumns.mean(m), PhaseColumns.se(m)));
            if (statistic.isPresent()) {
                MetricFigureData.Series k = series(label, points, x, PhaseColumns.mean(statistic.get().name()), null);
                if (k.x().length > 0 && curves.stream().noneMatch(o -> sameCurve(o, k))) {
                    curves.add(k);
                }
            }
        }
        Optional<MetricSpec> reference = model.withRole(MetricRole.REFERENCE_LEVEL);
        TreeSet<Double> levels = new TreeSet<>();
        reference.ifPresent(ref -> rows.forEach(r -> {
            double l = GridPoints.number(r, PhaseColumns.mean(ref.name()));
            if (!Double.isNaN(l)) {
                levels.add(l);
            }
        }));
        List<MetricFigureData.Overlay> overlay = new ArrayList<>();
        for (SparkSweepTables o : overlaid) {
            overlay.addAll(overlay(o, x, m, where));
        }
        boolean log = x.values().get(0).first() > 0
                && overlay.stream().allMatch(v -> Arrays.stream(v.series().x()).allMatch(g -> g > 0));
        return new MetricFigureData(m, model.title(m), x, log, series, reference.map(MetricSpec::title).orElse(null),
                new ArrayList<>(levels), statistic.map(MetricSpec::title).orElse(null), curves, overlay);
    }

    private static List<MetricFigureData.Overlay> overlay(SparkSweepTables o, SweptAxis x, String m, String where)
            throws PlotInputException {
        if (o.axis(x.name()).filter(SweptAxis::numeric).isEmpty()) {
            throw new PlotInputException("--with " + o.sweep() + ": it does not sweep " + x.name()
                    + " (its swept axes: " + String.join(", ", o.axes().stream().map(SweptAxis::name).toList()) + ")");
        }
        SweptAxis ox = o.axis(x.name()).orElseThrow();
        String om = o.phaseColumns().contains(PhaseColumns.mean(m)) ? m : metricName(o, null);
        boolean selectable = true;
        if (where != null) {
            for (String term : where.trim().split("(?i)\\s+and\\s+|\\s*,\\s*(?![^()]*\\))")) {
                String name = term.contains("=") ? term.substring(0, term.indexOf('=')).trim() : term.trim();
                selectable &= o.parameters().contains(name) || o.parameters().contains(name + "0");
            }
        }
        Selection s = selectable ? Selection.parse(where, o.parameters(), o.phase()) : Selection.all();
        List<SweptAxis> rest = new ArrayList<>(o.axes());
        rest.remove(ox);
        Map<String, List<Map<String, Object>>> bySeries = o.phase().stream().filter(s::matches)
                .sorted(Comparator.comparing(ox::valueOf)).collect(Collectors.groupingBy(
                        r -> PhaseFigures.panelLabel(rest, r), LinkedHashMap::new, Collectors.toList()));
        String se = o.phaseColumns().contains(PhaseColumns.se(om)) ? PhaseColumns.se(om) : null;
        List<MetricFigureData.Overlay> out = new ArrayList<>();
        for (String label : bySeries.keySet().stream().sorted().toList()) {
            out.add(new MetricFigureData.Overlay(o.sweep(), om, series(label, bySeries.get(label), ox, PhaseColumns.mean(om), se)));
        }
        return out;
    }

    /** The given axis, which must be swept and numeric, or the natural one. */
    static SweptAxis axis(SparkSweepTables t, String xName) throws PlotInputException {
        List<String> numeric = t.axes().stream().filter(SweptAxis::numeric).map(SweptAxis::name).toList();
        if (xName == null) {
            return t.naturalAxis(true).orElseThrow(() -> new PlotInputException("a metric against an axis needs a "
                    + "numeric swept axis; sweep '" + t.sweep() + "' varies " + (t.axes().isEmpty() ? "none"
                    : String.join(", ", t.axes().stream().map(SweptAxis::name).toList()))));
        }
        Names.require("numeric swept axis", xName, numeric, " (in sweep '" + t.sweep() + "')");
        return t.axis(xName).orElseThrow();
    }

    /** Accepts a run metric ({@code ipr_mean}) or its phase column ({@code ipr_mean_mean}); null: the first headline. */
    static String metricName(SparkSweepTables t, String metric) throws PlotInputException {
        List<String> known = t.model().metrics().stream().map(MetricSpec::name)
                .filter(c -> t.phaseColumns().contains(PhaseColumns.mean(c)) && t.phaseColumns().contains(PhaseColumns.se(c)))
                .toList();
        if (metric == null) {
            return t.model().kernel().headlineMetrics().stream().map(MetricSpec::name).filter(known::contains).findFirst()
                    .orElseThrow(() -> new PlotInputException("kernel " + t.model().kernel().name()
                            + " declares no headline metric; choose one with --metric: " + String.join(", ", known)));
        }
        String m = t.model().metricOf(metric).filter(spec -> metric.equals(PhaseColumns.mean(spec.name())))
                .map(MetricSpec::name).orElse(metric);
        return Names.require("run metric", m, known, " with a mean and standard error in sweep '" + t.sweep() + "'");
    }

    private static MetricFigureData.Series series(String label, List<Map<String, Object>> rows, SweptAxis x,
                                                  String mean, String se) {
        List<double[]> points = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            double g = x.valueOf(r).first();
            double v = GridPoints.number(r, mean);
            double e = se == null ? 0 : GridPoints.number(r, se);
            if (!Double.isNaN(v)) {
                points.add(new double[] {g, v, Double.isNaN(e) ? 0 : e});
            }
        }
        return new MetricFigureData.Series(label, points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray(), points.stream().mapToDouble(p -> p[2]).toArray());
    }

    private static boolean sameCurve(MetricFigureData.Series a, MetricFigureData.Series b) {
        return Arrays.equals(a.x(), b.x()) && Arrays.equals(a.mean(), b.mean());
    }
}
