package org.rfsweep.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A {@code --where} selection of grid points: {@code axis=value} terms joined by {@code and} (or
 * commas), e.g. {@code gain=3.162 and inputs=nlgp}. Every name must be a parameter of the sweep
 * (or {@code seed}) and every value one it takes; numbers match to the four significant digits the
 * figures print (relative 5e-4), so a value copied from a figure or from {@code sql} output works.
 */
public final class Selection {
    private static final double TOLERANCE = 5e-4;

    private final Map<String, String> terms;
    private final Map<String, SweptAxis> axes;

    private Selection(Map<String, String> terms, Map<String, SweptAxis> axes) {
        this.terms = terms;
        this.axes = axes;
    }

    /** Everything. */
    public static Selection all() {
        return new Selection(Map.of(), Map.of());
    }

    /**
     * Parses and checks {@code where} against the values present in {@code rows} (the phase rows,
     * or the runs rows when seed is allowed).
     *
     * @param parameters the selectable columns (a pair parameter is selected by name, e.g. xi=(1, 3))
     */
    public static Selection parse(String where, List<String> parameters, List<Map<String, Object>> rows)
            throws PlotInputException {
        if (where == null || where.isBlank()) {
            return all();
        }
        Map<String, String> terms = new LinkedHashMap<>();
        Map<String, SweptAxis> axes = new LinkedHashMap<>();
        List<String> names = selectable(parameters);
        for (String term : where.trim().split("(?i)\\s+and\\s+|\\s*,\\s*(?![^()]*\\))")) {
            int eq = term.indexOf('=');
            if (eq <= 0) {
                throw new PlotInputException("--where: '" + term.trim() + "' is not axis=value (e.g. --where 'gain=3.162 and inputs=nlgp')");
            }
            String name = term.substring(0, eq).trim();
            String value = term.substring(eq + 1).trim().replaceAll("^'(.*)'$", "$1");
            Names.require("--where axis", name, names, "");
            SweptAxis axis = axisOf(name, parameters, rows);
            if (axis.values().stream().noneMatch(v -> same(v, value))) {
                throw new PlotInputException("--where: no grid point has " + name + "=" + value + "; its values: "
                        + String.join(", ", axis.values().stream().map(AxisValue::label).toList()));
            }
            terms.put(name, value);
            axes.put(name, axis);
        }
        return new Selection(terms, axes);
    }

    /** Parameter names, with a pair's two columns also selectable together by the pair's name. */
    private static List<String> selectable(List<String> parameters) {
        List<String> names = new ArrayList<>(parameters);
        for (String p : parameters) {
            String stem = p.substring(0, p.length() - 1);
            if (p.endsWith("0") && parameters.contains(stem + "1") && !names.contains(stem)) {
                names.add(stem);
            }
        }
        return names;
    }

    private static SweptAxis axisOf(String name, List<String> parameters, List<Map<String, Object>> rows) {
        List<String> columns = parameters.contains(name) ? List.of(name) : List.of(name + "0", name + "1");
        SweptAxis probe = new SweptAxis(name, name, columns, List.of());
        TreeSet<AxisValue> values = new TreeSet<>();
        for (Map<String, Object> r : rows) {
            values.add(probe.valueOf(r));
        }
        return new SweptAxis(name, name, columns, new ArrayList<>(values));
    }

    /** Whether a value matches the text of a term: numbers to relative 5e-4, pairs both numbers, else exact. */
    static boolean same(AxisValue v, String text) {
        if (!Double.isNaN(v.second())) {
            String[] parts = text.replaceAll("[()\\[\\]\\s]", "").split(",");
            return parts.length == 2 && close(v.first(), parts[0]) && close(v.second(), parts[1]);
        }
        if (v.numeric()) {
            return close(v.first(), text);
        }
        return v.label().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT));
    }

    private static boolean close(double v, String text) {
        try {
            double t = Double.parseDouble(text);
            return Math.abs(v - t) <= TOLERANCE * Math.max(Math.abs(v), Math.abs(t)) || v == t;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether a row (column → value) satisfies every term. */
    public boolean matches(Map<String, Object> row) {
        for (Map.Entry<String, String> t : terms.entrySet()) {
            if (!same(axes.get(t.getKey()).valueOf(row), t.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the selection names this column. */
    public boolean names(String name) {
        return terms.containsKey(name);
    }

    /** The selection's text as parsed, e.g. {@code gain=3.162, inputs=nlgp}, empty for all. */
    public String label() {
        return String.join(", ", terms.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
}
