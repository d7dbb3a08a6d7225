package org.rfsweep.plot;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import scala.jdk.javaapi.CollectionConverters;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.Kernels;
import org.rfsweep.spark.SparkPhaseTable;
import org.rfsweep.spark.SparkTableViews;
import org.rfsweep.table.BadFile;
import org.rfsweep.table.PartFileCheck;
import org.rfsweep.spec.DidYouMean;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.PhaseColumns;
import org.rfsweep.table.Table;

/**
 * The tables of one sweep for the figures and the report: each of its partitions registered as a
 * view named after the table ({@code runs}, {@code trajectories}, {@code receptive_fields},
 * {@code phase}, without a {@code sweep} column), its phase rows, and the axes that vary across
 * its grid points. Opening it validates the results root and the sweep name.
 */
public final class SparkSweepTables {
    /** Columns both {@code runs} and {@code phase} carry that are not parameters. */
    private static final Set<String> NOT_PARAMETERS = Set.of(PhaseColumns.KERNEL, PhaseColumns.KERNEL_VERSION,
            PhaseColumns.GIT_COMMIT, PhaseColumns.SPEC_HASH, "sweep");

    private final SparkSession spark;
    private final OutputLayout layout;
    private final Map<Table, Dataset<Row>> views = new java.util.EnumMap<>(Table.class);
    private final List<BadFile> skipped = new ArrayList<>();
    private final String sweep;
    private final List<String> parameters;
    private final List<Map<String, Object>> phase;
    private final List<String> phaseColumns;
    private final List<SweptAxis> axes;
    private final PhaseColumns model;

    private SparkSweepTables(SparkSession spark, OutputLayout layout, String sweep) throws PlotInputException {
        this.spark = spark;
        this.layout = layout;
        this.sweep = sweep;
        for (Table t : Table.values()) {
            view(t);
        }
        Dataset<Row> phaseTable = views.get(Table.PHASE);
        this.model = new PhaseColumns(kernelOf(phaseTable));
        Set<String> runColumns = Set.of(views.get(Table.RUNS).columns());
        List<String> params = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (StructField f : phaseTable.schema().fields()) {
            if (runColumns.contains(f.name()) && !NOT_PARAMETERS.contains(f.name())) {
                params.add(f.name());
            } else if (f.dataType() instanceof NumericType) {
                columns.add(f.name());
            }
        }
        this.parameters = List.copyOf(params);
        this.phaseColumns = List.copyOf(columns);
        this.phase = rows(phaseTable);
        this.axes = List.copyOf(detectAxes());
    }

    /**
     * Checks, without Spark, that {@code layout} holds the sweep's runs and phase tables; the
     * message lists the sweeps present, with a did-you-mean.
     */
    public static void check(OutputLayout layout, String sweep, String rootOption) throws PlotInputException {
        if (!Files.isDirectory(layout.root())) {
            throw new PlotInputException("no results root " + layout.root() + " (run a sweep first, or set " + rootOption + ")");
        }
        List<String> present = new ArrayList<>(new TreeSet<>(layout.sweeps(Table.RUNS)));
        present.removeIf(s -> layout.partFiles(Table.RUNS, s).isEmpty());
        if (!present.contains(sweep)) {
            throw new PlotInputException("unknown sweep '" + sweep + "' under " + layout.root()
                    + DidYouMean.hint(sweep, present, "")
                    + (present.isEmpty() ? "; it holds no sweeps" : "; sweeps present: " + String.join(", ", present)));
        }
        java.nio.file.Path phase = layout.partitionDir(Table.PHASE, sweep).resolve(SparkPhaseTable.PHASE_FILE);
        if (!Files.exists(phase)) {
            throw new PlotInputException("sweep '" + sweep + "' has no phase table yet (its run was interrupted); "
                    + "run it again to complete it");
        }
        String problem = PartFileCheck.problemOf(phase, Table.PHASE);
        if (problem != null) {
            throw new PlotInputException("the phase table of sweep '" + sweep + "' is unreadable: " + phase + ": "
                    + problem + "; run the sweep again to rebuild it");
        }
    }

    /**
     * Opens a sweep already {@link #check checked}.
     *
     * @throws PlotInputException if its kernel is not on the classpath, or its rows are of several kernels
     */
    public static SparkSweepTables open(SparkSession spark, OutputLayout layout, String sweep) throws PlotInputException {
        return new SparkSweepTables(spark, layout, sweep);
    }

    /** The one kernel of the sweep's phase rows, whose roles say what its columns mean. */
    private Kernel kernelOf(Dataset<Row> phaseTable) throws PlotInputException {
        List<String> names = phaseTable.select(PhaseColumns.KERNEL).distinct().collectAsList().stream()
                .map(r -> r.getString(0)).sorted().toList();
        if (names.size() != 1) {
            throw new PlotInputException("sweep '" + sweep + "' holds " + (names.isEmpty() ? "no trials"
                    : "trials of several kernels (" + String.join(", ", names) + "); figures need one"));
        }
        return Kernels.find(names.get(0)).orElseThrow(() -> new PlotInputException("sweep '" + sweep
                + "' was run with kernel " + names.get(0) + ", which is not on the classpath; known kernels: "
                + String.join(", ", Kernels.all().stream().map(Kernel::name).toList())));
    }

    private void view(Table t) {
        Dataset<Row> df = SparkTableViews.partition(spark, layout, t, sweep, skipped::add);
        if (df != null) {
            views.put(t, df);
        }
    }

    /** The sweep's unreadable files, left out of every query. */
    public List<BadFile> skipped() {
        return List.copyOf(skipped);
    }

    /**
     * Points the session's views at this sweep's tables (and drops those it lacks) before each
     * query, so that several sweeps opened on one session never read each other's rows.
     */
    private void registerViews() {
        for (Table t : Table.values()) {
            Dataset<Row> df = views.get(t);
            if (df == null) {
                spark.catalog().dropTempView(t.dirName());
            } else {
                df.createOrReplaceTempView(t.dirName());
            }
        }
    }

    public String sweep() {
        return sweep;
    }

    /** Runs a query over the views; rows as column → value maps. */
    public List<Map<String, Object>> sql(String query) {
        registerViews();
        return rows(spark.sql(query));
    }

    /** The column names of a query's result, in order (also when it has no rows). */
    public List<String> columns(String query) {
        registerViews();
        return List.of(spark.sql(query).columns());
    }

    /** Whether the sweep has rows in {@code table}. */
    public boolean has(Table table) {
        return views.containsKey(table);
    }

    /** The parameter columns of the phase table (every parameter except seed), in table order. */
    public List<String> parameters() {
        return parameters;
    }

    /** The numeric non-parameter columns of the phase table: n_*, m_mean, m_se, frac_localised. */
    public List<String> phaseColumns() {
        return phaseColumns;
    }

    /** The phase table's column model: the sweep's kernel, its roles and titles. */
    public PhaseColumns model() {
        return model;
    }

    /**
     * The horizontal axis a figure takes when none is given: the first of the kernel's natural
     * axes that the sweep varies (numeric ones only when {@code numeric}), else the first swept axis
     * (numeric when asked), or empty.
     */
    public java.util.Optional<SweptAxis> naturalAxis(boolean numeric) {
        for (String name : model.kernel().parameterRoles().naturalAxes()) {
            java.util.Optional<SweptAxis> a = axis(name).filter(x -> !numeric || x.numeric());
            if (a.isPresent()) {
                return a;
            }
        }
        return axes.stream().filter(x -> !numeric || x.numeric()).findFirst();
    }

    /** The phase rows, one per grid point. */
    public List<Map<String, Object>> phase() {
        return phase;
    }

    /** The axes that take more than one value across the grid points, in table order. */
    public List<SweptAxis> axes() {
        return axes;
    }

    /** The swept axis of that name, or empty. */
    public java.util.Optional<SweptAxis> axis(String name) {
        return axes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    private List<SweptAxis> detectAxes() {
        List<SweptAxis> found = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String p : parameters) {
            if (done.contains(p)) {
                continue;
            }
            String stem = p.substring(0, p.length() - 1);
            boolean pairStart = p.endsWith("0") && parameters.contains(stem + "1");
            if (pairStart && varies(p) && varies(stem + "1")) {
                done.add(stem + "1");
                found.add(axis(stem, List.of(p, stem + "1")));
            } else if (varies(p)) {
                found.add(axis(p, List.of(p)));
            }
        }
        return found;
    }

    private boolean varies(String column) {
        return phase.stream().map(r -> r.get(column)).distinct().count() > 1;
    }

    private SweptAxis axis(String name, List<String> columns) {
        String title = model.kernel().parameterRoles().title(name);
        SweptAxis probe = new SweptAxis(name, title, columns, List.of());
        TreeSet<AxisValue> values = new TreeSet<>();
        for (Map<String, Object> r : phase) {
            values.add(probe.valueOf(r));
        }
        return new SweptAxis(name, title, columns, new ArrayList<>(values));
    }

    private static List<Map<String, Object>> rows(Dataset<Row> df) {
        String[] names = df.columns();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Row r : df.collectAsList()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                Object v = r.isNullAt(i) ? null : r.get(i);
                m.put(names[i], v instanceof scala.collection.Seq<?> seq ? List.copyOf(CollectionConverters.asJava(seq)) : v);
            }
            out.add(m);
        }
        return out;
    }
}
