package org.rfsweep.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds {@link GainFigureData} from the {@code phase} rows: the metric's mean and standard error
 * over seeds against gain, one series per value combination of the other swept axes (filtered by
 * {@code --where}), the random level 3/(N+2) and the theoretical data kurtosis
 * ({@code kurtosis_theory_mean}).
 */
public final class GainFigures {
    private GainFigures() {
    }

    public static GainFigureData build(SparkSweepTables t, String metric, String where) throws PlotInputException {
        SweptAxis gain = t.axis("gain").filter(SweptAxis::numeric).orElseThrow(() -> new PlotInputException(
                "ipr-vs-gain does not apply to sweep '" + t.sweep() + "': gain is not swept (swept axes: "
                        + (t.axes().isEmpty() ? "none" : String.join(", ", t.axes().stream().map(SweptAxis::name).toList())) + ")"));
        String m = metricName(t, metric);
        Selection s = Selection.parse(where, t.parameters(), t.phase());
        List<SweptAxis> others = new ArrayList<>(t.axes());
        others.remove(gain);
        List<Map<String, Object>> rows = t.phase().stream().filter(s::matches)
                .sorted(Comparator.comparing(gain::valueOf)).toList();
        if (rows.isEmpty()) {
            throw new PlotInputException("no grid point matches --where '" + where + "'");
        }
        Map<String, List<Map<String, Object>>> bySeries = rows.stream().collect(Collectors.groupingBy(
                r -> PhaseFigures.panelLabel(others, r), LinkedHashMap::new, Collectors.toList()));
        List<GainFigureData.Series> series = new ArrayList<>();
        List<GainFigureData.Series> kurtosis = new ArrayList<>();
        for (String label : bySeries.keySet().stream().sorted().toList()) {
            series.add(series(label, bySeries.get(label), m + "_mean", m + "_se"));
            GainFigureData.Series k = series(label, bySeries.get(label), "kurtosis_theory_mean", null);
            if (t.phaseColumns().contains("kurtosis_theory_mean") && k.gain().length > 0
                    && kurtosis.stream().noneMatch(o -> sameCurve(o, k))) {
                kurtosis.add(k);
            }
        }
        TreeSet<Double> levels = new TreeSet<>();
        rows.forEach(r -> {
            double l = GridPoints.number(r, "ipr_random_level_mean");
            if (!Double.isNaN(l)) {
                levels.add(l);
            }
        });
        boolean log = gain.values().get(0).first() > 0;
        return new GainFigureData(m, log, series, new ArrayList<>(levels), kurtosis);
    }

    /** Accepts a run metric ({@code ipr_mean}) or its phase column ({@code ipr_mean_mean}). */
    static String metricName(SparkSweepTables t, String metric) throws PlotInputException {
        String m = metric == null ? "ipr_mean" : metric.endsWith("_mean") && t.phaseColumns().contains(metric)
                && !t.phaseColumns().contains(metric + "_mean") ? metric.substring(0, metric.length() - 5) : metric;
        List<String> known = t.phaseColumns().stream().filter(c -> c.endsWith("_mean"))
                .map(c -> c.substring(0, c.length() - 5)).filter(c -> t.phaseColumns().contains(c + "_se")).toList();
        return Names.require("run metric", m, known, " with a mean and standard error in sweep '" + t.sweep() + "'");
    }

    private static GainFigureData.Series series(String label, List<Map<String, Object>> rows, String mean, String se) {
        List<double[]> points = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            double g = GridPoints.number(r, "gain");
            double v = GridPoints.number(r, mean);
            double e = se == null ? 0 : GridPoints.number(r, se);
            if (!Double.isNaN(v)) {
                points.add(new double[] {g, v, Double.isNaN(e) ? 0 : e});
            }
        }
        return new GainFigureData.Series(label, points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray(), points.stream().mapToDouble(p -> p[2]).toArray());
    }

    private static boolean sameCurve(GainFigureData.Series a, GainFigureData.Series b) {
        return Arrays.equals(a.gain(), b.gain()) && Arrays.equals(a.mean(), b.mean());
    }
}
