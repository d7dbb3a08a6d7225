package org.rfsweep.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rfsweep.table.PhaseColumns;

/**
 * Builds {@link PhaseFigureData} from the sweep's {@code phase} rows: picks the two axes (given,
 * or the only two that vary, the kernel's natural axis horizontal), lays the metric out on their grid, one panel per
 * value combination of the remaining swept axes, and traces the {@code frac_localised} level set.
 */
public final class PhaseFigures {
    private PhaseFigures() {
    }

    /**
     * @param metric a phase column (null: frac_localised)
     * @param xName  the horizontal axis, or null to choose
     * @param yName  the vertical axis, or null to choose
     */
    public static PhaseFigureData build(SparkSweepTables t, String metric, String xName, String yName, double level)
            throws PlotInputException {
        return build(t, metric, xName, yName, level, null);
    }

    /** As {@link #build(SparkSweepTables, String, String, String, double)}, drawing only the grid points {@code where} selects. */
    public static PhaseFigureData build(SparkSweepTables t, String metric, String xName, String yName, double level,
                                        String where) throws PlotInputException {
        String m = metric == null ? PhaseColumns.FRAC_LOCALISED : metric;
        Names.require("phase metric", m, t.phaseColumns(), " in the phase table of sweep '" + t.sweep() + "'");
        SweptAxis[] xy = chooseAxes(t, xName, yName);
        List<SweptAxis> others = new ArrayList<>(t.axes());
        others.removeIf(a -> a.name().equals(xy[0].name()) || a.name().equals(xy[1].name()));
        Selection selection = Selection.parse(where, t.parameters(), t.phase());
        List<Map<String, Object>> selected = t.phase().stream().filter(selection::matches).toList();
        if (selected.isEmpty()) {
            throw new PlotInputException("no grid point matches --where '" + where + "'");
        }
        // an axis that follows a categorical x or y (a zip, e.g. radial with inputs) splits no panels
        List<SweptAxis> foldedX = new ArrayList<>();
        List<SweptAxis> foldedY = new ArrayList<>();
        for (SweptAxis a : List.copyOf(others)) {
            if (!xy[1].numeric() && follows(a, xy[1], selected)) {
                foldedY.add(a);
                others.remove(a);
            } else if (!xy[0].numeric() && follows(a, xy[0], selected)) {
                foldedX.add(a);
                others.remove(a);
            }
        }
        Map<String, List<Map<String, Object>>> byPanel = selected.stream().collect(Collectors.groupingBy(
                r -> panelLabel(others, r), LinkedHashMap::new, Collectors.toList()));
        boolean hasBoundary = t.phaseColumns().contains(PhaseColumns.FRAC_LOCALISED)
                && t.phase().stream().anyMatch(r -> r.get(PhaseColumns.FRAC_LOCALISED) != null);
        List<PhaseFigureData.Panel> panels = new ArrayList<>();
        for (String label : byPanel.keySet().stream().sorted().toList()) {
            List<Map<String, Object>> rows = byPanel.get(label);
            double[][] v = grid(rows, xy[0], xy[1], m);
            List<Segment> boundary = hasBoundary ? boundary(grid(rows, xy[0], xy[1], PhaseColumns.FRAC_LOCALISED), xy, level) : List.of();
            panels.add(new PhaseFigureData.Panel(label, v, boundary));
        }
        return new PhaseFigureData(m, t.model().title(m), relabelled(t, xy[0], foldedX, selected),
                relabelled(t, xy[1], foldedY, selected), hasBoundary ? PhaseColumns.FRAC_LOCALISED : null, level, panels);
    }

    /** Whether {@code a} takes one value per value of {@code by} across the rows (a function of it). */
    static boolean follows(SweptAxis a, SweptAxis by, List<Map<String, Object>> rows) {
        Map<AxisValue, AxisValue> seen = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            AxisValue prior = seen.putIfAbsent(by.valueOf(r), a.valueOf(r));
            if (prior != null && !prior.equals(a.valueOf(r))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code axis} with the values of the axes folded into it in its labels, e.g. {@code elliptical
     * (radial=student-t)}; a folded parameter at the kernel's default for it adds nothing (it means
     * nothing for that category, e.g. radial for nlgp). The values themselves, which index the
     * grid, are unchanged.
     */
    static SweptAxis relabelled(SparkSweepTables t, SweptAxis axis, List<SweptAxis> folded, List<Map<String, Object>> rows) {
        if (folded.isEmpty()) {
            return axis;
        }
        List<AxisValue> values = new ArrayList<>();
        for (AxisValue v : axis.values()) {
            Map<String, Object> row = rows.stream().filter(r -> axis.valueOf(r).equals(v)).findFirst().orElse(null);
            List<String> parts = new ArrayList<>();
            for (SweptAxis f : row == null ? List.<SweptAxis>of() : folded) {
                boolean isDefault = t.model().kernel().schema().find(f.name()).map(d -> f.columns().size() == 1
                        ? d.isDefault(row.get(f.columns().get(0)))
                        : d.defaultValue() instanceof org.rfsweep.kernel.DoublePair pair
                                && pair.first() == GridPoints.number(row, f.columns().get(0))
                                && pair.second() == GridPoints.number(row, f.columns().get(1))).orElse(false);
                if (!isDefault) {
                    parts.add(f.name() + "=" + f.valueOf(row).label());
                }
            }
            values.add(parts.isEmpty() ? v : new AxisValue(v.label() + " (" + String.join(", ", parts) + ")", v.first(), v.second()));
        }
        String names = String.join(", ", folded.stream().map(SweptAxis::name).toList());
        return new SweptAxis(axis.name(), axis.title() + " (with " + names + ")", axis.columns(), values);
    }

    /** Marching squares when both axes are numeric; else crossings along the numeric (or x) axis per category. */
    static List<Segment> boundary(double[][] v, SweptAxis[] xy, double level) {
        if (xy[0].numeric() && xy[1].numeric()) {
            return Contour.marchingSquares(v, level);
        }
        if (!xy[0].numeric() && xy[1].numeric()) {
            return Contour.rowCrossings(Contour.transpose(v), level).stream()
                    .map(s -> new Segment(s.y0(), s.x0(), s.y1(), s.x1())).toList();
        }
        return Contour.rowCrossings(v, level);
    }

    static SweptAxis[] chooseAxes(SparkSweepTables t, String xName, String yName) throws PlotInputException {
        List<SweptAxis> axes = t.axes();
        List<String> names = axes.stream().map(SweptAxis::name).toList();
        String context = " (swept in sweep '" + t.sweep() + "')";
        if (xName != null) {
            requireSwept(t, xName, names, context);
        }
        if (yName != null) {
            requireSwept(t, yName, names, context);
        }
        if (xName != null && xName.equals(yName)) {
            throw new PlotInputException("--x and --y are both '" + xName + "'; choose two different swept axes");
        }
        if (axes.size() < 2) {
            throw new PlotInputException("a phase diagram needs two swept axes; sweep '" + t.sweep() + "' varies "
                    + (names.isEmpty() ? "none" : "only " + names.get(0)) + " (try --kind metric-vs-axis)");
        }
        List<String> free = new ArrayList<>(names);
        free.remove(xName);
        free.remove(yName);
        if (xName == null && yName == null) {
            if (axes.size() != 2) {
                throw new PlotInputException("sweep '" + t.sweep() + "' varies " + axes.size() + " axes ("
                        + String.join(", ", names) + "); choose two with --x and --y (the others become one panel per value)");
            }
            xName = t.naturalAxis(false).map(SweptAxis::name).orElse(names.get(0));
            yName = names.get(0).equals(xName) ? names.get(1) : names.get(0);
        } else if (xName == null || yName == null) {
            if (free.size() != 1) {
                throw new PlotInputException("give both --x and --y: sweep '" + t.sweep() + "' varies "
                        + String.join(", ", names));
            }
            xName = xName == null ? free.get(0) : xName;
            yName = yName == null ? free.get(0) : yName;
        }
        return new SweptAxis[] {t.axis(xName).orElseThrow(), t.axis(yName).orElseThrow()};
    }

    private static void requireSwept(SparkSweepTables t, String name, List<String> swept, String context)
            throws PlotInputException {
        if (!swept.contains(name) && t.parameters().contains(name)) {
            throw new PlotInputException("'" + name + "' is not swept in sweep '" + t.sweep()
                    + "' (it has one value); swept axes: " + String.join(", ", swept));
        }
        Names.require("axis", name, swept, context);
    }

    static String panelLabel(List<SweptAxis> others, Map<String, Object> row) {
        return others.stream().map(a -> a.name() + "=" + a.valueOf(row).label()).collect(Collectors.joining(", "));
    }

    /** The metric of each grid point at [y index][x index]; NaN where absent. */
    static double[][] grid(List<Map<String, Object>> rows, SweptAxis x, SweptAxis y, String column) {
        double[][] v = new double[y.values().size()][x.values().size()];
        for (double[] row : v) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (Map<String, Object> r : rows) {
            Object cell = r.get(column);
            v[y.indexOf(y.valueOf(r))][x.indexOf(x.valueOf(r))] = cell == null ? Double.NaN : ((Number) cell).doubleValue();
        }
        return v;
    }
}
