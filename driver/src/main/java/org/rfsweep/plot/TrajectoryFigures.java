package org.rfsweep.plot;

import org.rfsweep.kernel.Trajectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rfsweep.table.Table;

/**
 * Builds {@link TrajectoryFigureData} per selected grid point from {@code trajectories} (ok trials
 * only: a diverged trajectory ends in NaN). The seed mean averages, snapshot by snapshot, the
 * neurons' mean IPR over the trials; the trials of one grid point share their snapshot schedule.
 */
public final class TrajectoryFigures {
    private TrajectoryFigures() {
    }

    public static List<TrajectoryFigureData> build(SparkSweepTables t, String where) throws PlotInputException {
        if (!t.has(Table.TRAJECTORIES)) {
            throw new PlotInputException("sweep '" + t.sweep() + "' has no trajectories (snapshots: 0?)");
        }
        List<GridPoints.Point> points = GridPoints.select(t, where);
        List<String> ids = new ArrayList<>();
        points.forEach(p -> p.trials().stream().filter(TrajectoryFigures::ok).forEach(r -> ids.add((String) r.get("trial_id"))));
        Map<String, List<Map<String, Object>>> byTrial = ids.isEmpty() ? Map.of() : t.sql(
                "SELECT trial_id, " + String.join(", ", Trajectory.STEP, Trajectory.TIME, Trajectory.TEST_ACCURACY, Trajectory.IPR_MEAN,
                        Trajectory.IPR_PER_NEURON) + " FROM trajectories WHERE trial_id IN ("
                        + ids.stream().map(id -> "'" + id.replace("'", "''") + "'").collect(Collectors.joining(","))
                        + ") ORDER BY trial_id, step").stream()
                .collect(Collectors.groupingBy(r -> (String) r.get("trial_id"), LinkedHashMap::new, Collectors.toList()));
        List<TrajectoryFigureData> out = new ArrayList<>();
        for (GridPoints.Point p : points) {
            List<Map<String, Object>> trials = p.trials().stream().filter(TrajectoryFigures::ok)
                    .filter(r -> byTrial.containsKey((String) r.get("trial_id"))).toList();
            if (!trials.isEmpty()) {
                out.add(point(p.label(), trials, byTrial, GridPoints.referenceLevel(t, trials.get(0))));
            }
        }
        if (out.isEmpty()) {
            throw new PlotInputException("no ok trial with a trajectory" + (where == null ? "" : " matches --where '" + where + "'"));
        }
        return out;
    }

    private static boolean ok(Map<String, Object> run) {
        return "ok".equals(run.get("status"));
    }

    private static TrajectoryFigureData point(String label, List<Map<String, Object>> trials,
                                              Map<String, List<Map<String, Object>>> byTrial, double randomLevel) {
        List<TrajectoryFigureData.Seed> seeds = new ArrayList<>();
        int n = Integer.MAX_VALUE;
        for (Map<String, Object> r : trials) {
            List<Map<String, Object>> snaps = byTrial.get((String) r.get("trial_id"));
            n = Math.min(n, snaps.size());
            seeds.add(seed(GridPoints.seedOf(r), snaps));
        }
        double[] time = new double[n];
        double[] ipr = new double[n];
        double[] acc = new double[n];
        for (int s = 0; s < n; s++) {
            time[s] = GridPoints.number(byTrial.get((String) trials.get(0).get("trial_id")).get(s), Trajectory.TIME);
            int withAcc = 0;
            for (Map<String, Object> r : trials) {
                Map<String, Object> snap = byTrial.get((String) r.get("trial_id")).get(s);
                ipr[s] += GridPoints.number(snap, Trajectory.IPR_MEAN) / trials.size();
                double a = GridPoints.number(snap, Trajectory.TEST_ACCURACY);
                if (!Double.isNaN(a)) {
                    acc[s] += a;
                    withAcc++;
                }
            }
            acc[s] = withAcc == 0 ? Double.NaN : acc[s] / withAcc;
        }
        return new TrajectoryFigureData(label, randomLevel, seeds, time, ipr, acc);
    }

    private static TrajectoryFigureData.Seed seed(long seed, List<Map<String, Object>> snaps) {
        int n = snaps.size();
        int k = ((List<?>) snaps.get(0).get(Trajectory.IPR_PER_NEURON)).size();
        double[] time = new double[n];
        double[] acc = new double[n];
        double[][] ipr = new double[k][n];
        for (int s = 0; s < n; s++) {
            Map<String, Object> snap = snaps.get(s);
            time[s] = GridPoints.number(snap, "time");
            acc[s] = GridPoints.number(snap, Trajectory.TEST_ACCURACY);
            List<?> per = (List<?>) snap.get(Trajectory.IPR_PER_NEURON);
            for (int j = 0; j < k; j++) {
                ipr[j][s] = ((Number) per.get(j)).doubleValue();
            }
        }
        return new TrajectoryFigureData.Seed(seed, time, ipr, acc);
    }
}
