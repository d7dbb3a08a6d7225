package org.rfsweep.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.rfsweep.kernel.Trajectory;
import org.rfsweep.table.Table;

/**
 * Builds {@link CurveFigureData} from {@code trajectories}: a column (default the test loss)
 * against time, mean and seed spread over the ok trials of each grid point. The sweep's numeric
 * swept axes (e.g. gain, lr) make the panels, its other swept axes (e.g. inputs) the series. Each
 * overlaid sweep (e.g. a theory kernel's prediction at the same grid points) adds, per panel, one
 * series per grid point of its own whose values agree with the panel's on every panel axis it has
 * as a parameter; it joins on the snapshot time, not on any kernel's names.
 */
public final class CurveFigures {
    private CurveFigures() {
    }

    /**
     * @param others overlaid sweeps, may be empty
     * @param metric a numeric trajectories column, or null for {@link Trajectory#TEST_LOSS}
     */
    public static List<CurveFigureData> build(SparkSweepTables t, List<SparkSweepTables> others, String metric, String where)
            throws PlotInputException {
        String m = metric == null ? Trajectory.TEST_LOSS : metric;
        requireColumn(t, m);
        for (SparkSweepTables o : others) {
            requireColumn(o, m);
        }
        List<SweptAxis> panelAxes = t.axes().stream().filter(SweptAxis::numeric).toList();
        List<SweptAxis> seriesAxes = t.axes().stream().filter(a -> !a.numeric()).toList();
        Map<String, List<GridPoints.Point>> panels = new LinkedHashMap<>();
        Map<String, Map<String, Object>> panelRow = new LinkedHashMap<>();
        for (GridPoints.Point p : GridPoints.select(t, where)) {
            Map<String, Object> first = p.trials().get(0);
            String label = GridPoints.label(panelAxes, first);
            panels.computeIfAbsent(label, k -> new ArrayList<>()).add(p);
            panelRow.putIfAbsent(label, first);
        }
        List<CurveFigureData> out = new ArrayList<>();
        for (Map.Entry<String, List<GridPoints.Point>> e : panels.entrySet()) {
            List<CurveFigureData.Series> series = new ArrayList<>();
            for (GridPoints.Point p : e.getValue()) {
                addSeries(series, t, GridPoints.label(seriesAxes, p.trials().get(0)), p.trials(), m);
            }
            Map<String, Object> row = panelRow.get(e.getKey());
            for (SparkSweepTables o : others) {
                for (GridPoints.Point p : GridPoints.select(o, null)) {
                    Map<String, Object> r = p.trials().get(0);
                    if (matches(panelAxes, row, o, r)) {
                        List<SweptAxis> own = o.axes().stream().filter(a -> panelAxes.stream()
                                .noneMatch(pa -> pa.columns().equals(a.columns()))).toList();
                        addSeries(series, o, GridPoints.label(own, r), p.trials(), m);
                    }
                }
            }
            if (!series.isEmpty()) {
                out.add(new CurveFigureData(e.getKey(), m, series));
            }
        }
        if (out.isEmpty()) {
            throw new PlotInputException("no ok trial has " + m + " in its trajectory"
                    + (where == null ? "" : " at the grid points --where '" + where + "' selects"));
        }
        return out;
    }

    private static void requireColumn(SparkSweepTables t, String m) throws PlotInputException {
        if (!t.has(Table.TRAJECTORIES)) {
            throw new PlotInputException("sweep '" + t.sweep() + "' has no trajectories (snapshots: 0?)");
        }
        List<String> numeric = t.columns("SELECT * FROM trajectories LIMIT 0").stream()
                .filter(c -> !c.equals("trial_id") && !c.equals(Trajectory.IPR_PER_NEURON) && !c.equals(Trajectory.STEP)
                        && !c.equals(Trajectory.TIME))
                .toList();
        Names.require("trajectories column", m, numeric, " (in sweep '" + t.sweep() + "')");
    }

    /** Whether an overlaid sweep's grid point agrees with the panel on every panel axis it has as a parameter. */
    private static boolean matches(List<SweptAxis> panelAxes, Map<String, Object> panel, SparkSweepTables o,
                                   Map<String, Object> row) {
        for (SweptAxis a : panelAxes) {
            if (!o.parameters().containsAll(a.columns())) {
                continue;
            }
            for (String c : a.columns()) {
                double x = GridPoints.number(panel, c);
                double y = GridPoints.number(row, c);
                if (!(Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The mean and seed spread over the ok trials at the times where the column is defined in all of them. */
    private static void addSeries(List<CurveFigureData.Series> out, SparkSweepTables t, String label,
                                  List<Map<String, Object>> trials, String m) {
        List<String> ids = trials.stream().filter(r -> "ok".equals(r.get("status"))).map(r -> (String) r.get("trial_id")).toList();
        if (ids.isEmpty()) {
            return;
        }
        String in = ids.stream().map(id -> "'" + id.replace("'", "''") + "'").collect(Collectors.joining(","));
        TreeMap<Double, List<Double>> byTime = new TreeMap<>();
        for (Map<String, Object> r : t.sql("SELECT trial_id, " + Trajectory.TIME + ", " + m + " AS v FROM trajectories WHERE trial_id IN ("
                + in + ") AND " + m + " IS NOT NULL AND NOT isnan(" + m + ")")) {
            byTime.computeIfAbsent(GridPoints.number(r, Trajectory.TIME), k -> new ArrayList<>()).add(GridPoints.number(r, "v"));
        }
        byTime.values().removeIf(v -> v.size() != ids.size());
        int n = byTime.size();
        double[] time = new double[n];
        double[] mean = new double[n];
        double[] sd = new double[n];
        int i = 0;
        for (Map.Entry<Double, List<Double>> e : byTime.entrySet()) {
            time[i] = e.getKey();
            double s = 0;
            for (double v : e.getValue()) {
                s += v;
            }
            mean[i] = s / ids.size();
            double ss = 0;
            for (double v : e.getValue()) {
                ss += (v - mean[i]) * (v - mean[i]);
            }
            sd[i] = ids.size() > 1 ? Math.sqrt(ss / (ids.size() - 1)) : 0;
            i++;
        }
        if (n > 0) {
            out.add(new CurveFigureData.Series(t.sweep(), label, ids.size(), time, mean, sd));
        }
    }
}
