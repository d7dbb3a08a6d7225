package org.rfsweep.report;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rfsweep.plot.AxisValue;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.plot.PlotInputException;
import org.rfsweep.plot.PlotKind;
import org.rfsweep.plot.PlotOptions;
import org.rfsweep.plot.SweptAxis;
import org.rfsweep.plot.render.Figure;
import org.rfsweep.plot.render.Figures;
import org.rfsweep.plot.SparkSweepTables;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.PhaseColumns;
import org.rfsweep.table.SpecStore;

/**
 * Gathers a report's content with Spark SQL over the sweep's tables and the spec store: the spec,
 * provenance, the phase table, the failures, and every figure kind that applies (trajectories
 * and fields for at most {@value #MAX_POINTS} grid points, so the page stays readable).
 */
public final class ReportBuilder {
    static final int MAX_POINTS = 24;
    /** The figures' directory beside the page. */
    public static final String FIGURE_DIR = "figures";

    private final SparkSweepTables t;
    private final OutputLayout layout;
    private final String specFileText;
    private final List<Figure> figures = new ArrayList<>();
    private final List<ReportData.FigureRef> refs = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** @param specFileText the text of the spec file given as SWEEP, or null */
    public ReportBuilder(SparkSweepTables t, OutputLayout layout, String specFileText) {
        this.t = t;
        this.layout = layout;
        this.specFileText = specFileText;
    }

    /** The figures to write under {@value #FIGURE_DIR}/ beside the page, in page order. */
    public List<Figure> figures() {
        return figures;
    }

    public ReportData build() throws IOException {
        addFigures();
        return new ReportData(t.sweep(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), specs(), provenance(),
                runLog(), table("SELECT executor, count(*) AS trials, round(sum(wall_seconds), 1) AS kernel_seconds "
                        + "FROM runs GROUP BY executor ORDER BY executor"), phase(), failures(), refs, notes);
    }

    private void addFigures() {
        figureKind(PlotKind.PHASE, "Phase diagram" + (t.model().hasFracLocalised()
                ? " (boundary: " + PhaseColumns.FRAC_LOCALISED + " = 0.5)" : ""), phaseOptions());
        java.util.Optional<SweptAxis> x = t.naturalAxis(true);
        for (MetricSpec m : t.model().kernel().headlineMetrics()) {
            String against = x.map(a -> " against " + a.name()).orElse("");
            figureKind(PlotKind.METRIC_VS_AXIS, capitalised(m.title()) + against,
                    new PlotOptions(m.name(), null, null, 0.5, null, false));
        }
        figureKind(PlotKind.TRAJECTORIES, "IPR during training, per grid point", new PlotOptions(null, null, null, 0.5, null, true));
        figureKind(PlotKind.FIELDS, "Final receptive fields (lowest seed), per grid point", PlotOptions.defaults());
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** With more than two swept axes: the natural axis (or the first) against the next, the rest as panels. */
    private PlotOptions phaseOptions() {
        List<String> names = t.axes().stream().map(SweptAxis::name).toList();
        if (names.size() <= 2) {
            return PlotOptions.defaults();
        }
        String x = t.naturalAxis(false).map(SweptAxis::name).orElse(names.get(0));
        String y = names.stream().filter(n -> !n.equals(x)).findFirst().orElseThrow();
        return new PlotOptions(null, x, y, 0.5, null, false);
    }

    private void figureKind(PlotKind kind, String section, PlotOptions o) {
        List<Figure> made;
        try {
            made = Figures.build(kind, t, o);
        } catch (PlotInputException e) {
            notes.add(kind + " figures left out: " + e.getMessage());
            return;
        }
        if (made.size() > MAX_POINTS) {
            notes.add(kind + ": the first " + MAX_POINTS + " of " + made.size() + " figures are shown; rfsweep plot "
                    + t.sweep() + " --kind " + kind + " draws all");
            made = made.subList(0, MAX_POINTS);
        }
        for (Figure f : made) {
            figures.add(f);
            refs.add(new ReportData.FigureRef(section, FIGURE_DIR + "/" + f.fileName(), f.caption()));
        }
    }

    private List<ReportData.Spec> specs() throws IOException {
        List<ReportData.Spec> out = new ArrayList<>();
        for (Map<String, Object> r : t.sql("SELECT spec_hash, min(started) AS first FROM runs GROUP BY spec_hash ORDER BY first")) {
            String hash = (String) r.get("spec_hash");
            String text = SpecStore.specText(layout, t.sweep(), hash).orElse(null);
            out.add(new ReportData.Spec(hash, text));
        }
        if (specFileText != null && out.stream().allMatch(s -> s.text() == null)) {
            out.add(new ReportData.Spec("(the spec file given on the command line)", specFileText));
        }
        return out;
    }

    private ReportData.Table provenance() {
        return table("SELECT kernel, kernel_version, git_commit, spec_hash, count(*) AS trials, "
                + "sum(CASE WHEN status = 'ok' THEN 1 ELSE 0 END) AS ok, "
                + "sum(CASE WHEN status = 'diverged' THEN 1 ELSE 0 END) AS diverged, "
                + "sum(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed, min(started) AS first_started, "
                + "max(finished) AS last_finished, round(sum(wall_seconds), 1) AS kernel_seconds, "
                + "count(DISTINCT executor) AS executors FROM runs "
                + "GROUP BY kernel, kernel_version, git_commit, spec_hash ORDER BY first_started");
    }

    private ReportData.Table runLog() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (SpecStore.RunRecord r : SpecStore.runs(layout, t.sweep())) {
            rows.add(List.of(r.started(), r.master(), r.gitCommit(), r.specHash()));
        }
        return new ReportData.Table(List.of("started (UTC)", "Spark master", "git_commit", "spec_hash"), rows);
    }

    private ReportData.Table phase() {
        List<String> header = new ArrayList<>();
        t.axes().forEach(a -> header.add(a.name()));
        List<String> counts = new ArrayList<>(PhaseColumns.counts());
        counts.add(PhaseColumns.FRAC_LOCALISED);
        counts.stream().filter(t.phaseColumns()::contains).forEach(header::add);
        List<String> metrics = t.model().metrics().stream().map(MetricSpec::name)
                .filter(m -> t.phaseColumns().contains(PhaseColumns.mean(m)) && t.phaseColumns().contains(PhaseColumns.se(m)))
                .toList();
        header.addAll(metrics);
        List<List<String>> rows = new ArrayList<>();
        List<Map<String, Object>> sorted = new ArrayList<>(t.phase());
        java.util.Comparator<Map<String, Object>> order = (a, b) -> 0;
        for (SweptAxis a : t.axes()) {
            order = order.thenComparing(a::valueOf);
        }
        sorted.sort(order);
        for (Map<String, Object> r : sorted) {
            List<String> row = new ArrayList<>();
            t.axes().forEach(a -> row.add(a.valueOf(r).label()));
            counts.stream().filter(t.phaseColumns()::contains).forEach(c -> row.add(cell(r.get(c))));
            for (String m : metrics) {
                Object mean = r.get(PhaseColumns.mean(m));
                Object se = r.get(PhaseColumns.se(m));
                row.add(mean == null ? "" : cell(mean) + (se == null ? "" : " ± " + AxisValue.format(((Number) se).doubleValue(), 2)));
            }
            rows.add(row);
        }
        return new ReportData.Table(header, rows);
    }

    private ReportData.Table failures() {
        Set<String> columns = new LinkedHashSet<>();
        t.axes().forEach(a -> columns.addAll(a.columns()));
        String seed = t.columns("SELECT * FROM runs").contains(PhaseColumns.SEED) ? PhaseColumns.SEED + ", " : "";
        String cols = columns.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
        return table("SELECT " + (cols.isEmpty() ? "" : cols + ", ") + seed + "status, diverged_step, error, trial_id "
                + "FROM runs WHERE status <> 'ok' ORDER BY status, trial_id");
    }

    private ReportData.Table table(String query) {
        List<Map<String, Object>> rows = t.sql(query);
        List<String> header = t.columns(query);
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            cells.add(header.stream().map(h -> cell(r.get(h))).toList());
        }
        return new ReportData.Table(header, cells);
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double || v instanceof Float) {
            return AxisValue.format(((Number) v).doubleValue(), 4);
        }
        return String.valueOf(v);
    }
}
