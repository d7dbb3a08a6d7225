package org.rfsweep.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rfsweep.table.Table;

/**
 * Builds {@link FieldFigureData} from {@code receptive_fields}: per selected grid point, the ok
 * trial with the lowest seed (or the seed given in the selection).
 */
public final class FieldFigures {
    private FieldFigures() {
    }

    public static List<FieldFigureData> build(SparkSweepTables t, String where) throws PlotInputException {
        if (!t.has(Table.RECEPTIVE_FIELDS)) {
            throw new PlotInputException("sweep '" + t.sweep() + "' has no receptive fields (no ok trial of a kernel that reports them)");
        }
        Map<String, Map<String, Object>> chosen = new LinkedHashMap<>();
        for (GridPoints.Point p : GridPoints.select(t, where)) {
            p.trials().stream().filter(r -> "ok".equals(r.get("status"))).findFirst().ifPresent(r -> chosen.put(p.label(), r));
        }
        if (chosen.isEmpty()) {
            throw new PlotInputException("no ok trial" + (where == null ? "" : " matches --where '" + where + "'"));
        }
        String ids = chosen.values().stream().map(r -> "'" + ((String) r.get("trial_id")).replace("'", "''") + "'")
                .collect(Collectors.joining(","));
        Map<String, List<Map<String, Object>>> byTrial = t.sql("SELECT trial_id, neuron, bias, ipr, localised, weights, centre "
                + "FROM receptive_fields WHERE trial_id IN (" + ids + ") ORDER BY trial_id, neuron").stream()
                .collect(Collectors.groupingBy(r -> (String) r.get("trial_id"), LinkedHashMap::new, Collectors.toList()));
        List<FieldFigureData> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> e : chosen.entrySet()) {
            List<Map<String, Object>> rows = byTrial.getOrDefault((String) e.getValue().get("trial_id"), List.of());
            if (!rows.isEmpty()) {
                out.add(figure(e.getKey(), e.getValue(), rows, GridPoints.referenceLevel(t, e.getValue())));
            }
        }
        return out;
    }

    private static FieldFigureData figure(String label, Map<String, Object> run, List<Map<String, Object>> rows,
                                          double randomLevel) {
        List<FieldFigureData.Neuron> neurons = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            List<?> w = (List<?>) r.get("weights");
            double[] weights = w.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
            neurons.add(new FieldFigureData.Neuron(((Number) r.get("neuron")).intValue(), GridPoints.number(r, "bias"),
                    GridPoints.number(r, "ipr"), Boolean.TRUE.equals(r.get("localised")), weights));
        }
        int n = neurons.get(0).weights().length;
        int dim = ((List<?>) rows.get(0).get("centre")).size(); // one centre per input axis
        int size = dim == 2 ? (int) Math.round(Math.sqrt(n)) : n;
        if (dim == 2 && size * size != n) {
            dim = 1; // not a square image: show it as a profile rather than guess a shape
            size = n;
        }
        return new FieldFigureData(label, GridPoints.seedOf(run), dim, size, randomLevel, neurons);
    }
}
