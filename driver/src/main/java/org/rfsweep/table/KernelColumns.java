package org.rfsweep.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;

/**
 * Whether a kernel's parameters and metrics can be columns of its tables: no two of them, and none
 * of them and a column a table has of its own ({@code steps}, {@code status}, {@code n_seeds}, the
 * {@code sweep} partition column, ...), may take the same column name. Checked when a spec is
 * loaded; without it a collision fails only inside the Spark job (the runs schema refuses it when
 * the first chunk is written, a phase column only when the aggregation runs, after every trial).
 *
 * <p>The tables' own columns come from their models ({@link RunsRows#ownColumns()},
 * {@link PhaseColumns#ownColumns()}) and a parameter's columns from {@link ParameterColumns}, so
 * a column added there is checked here with no change. Names are lower case by construction
 * ({@code [a-z][a-z0-9_]*}), so Spark's case-insensitive resolution adds no collision.
 */
public final class KernelColumns {
    /** The partition column of every table in Spark's views (its {@code sweep=NAME} directories). */
    public static final String SWEEP = "sweep";

    private KernelColumns() {
    }

    /**
     * The first collision among {@code kernel}'s columns, as the one line a user sees (naming the
     * kernel, the parameter or metric, the column and the table); empty when there is none.
     */
    public static Optional<String> collision(Kernel kernel) {
        Optional<String> runs = first(kernel, "runs", runsColumns(kernel));
        return runs.isPresent() ? runs : first(kernel, "phase", phaseColumns(kernel));
    }

    /** Where a column comes from: the table itself ({@code kind} null) or a kernel's parameter or metric. */
    private record Source(String column, String kind, String name, String note) {
        static Source own(String column) {
            return new Source(column, null, column, column.equals(SWEEP) ? "the partition column of every table"
                    : "a column the table has of its own");
        }

        boolean fromKernel() {
            return kind != null;
        }

        String describe() {
            return kind + " '" + name + "'" + (note.isEmpty() ? "" : " (" + note + ")");
        }
    }

    private static List<Source> runsColumns(Kernel kernel) {
        List<Source> sources = own(RunsRows.ownColumns());
        kernel.schema().params().forEach(p -> sources.addAll(parameter(p)));
        kernel.metrics().forEach(m -> sources.add(new Source(m.name(), "metric", m.name(), "")));
        return sources;
    }

    private static List<Source> phaseColumns(Kernel kernel) {
        List<Source> sources = own(PhaseColumns.ownColumns());
        new PhaseColumns(kernel).gridParameters().forEach(p -> sources.addAll(parameter(p)));
        for (MetricSpec m : kernel.metrics()) {
            sources.add(new Source(PhaseColumns.mean(m.name()), "metric", m.name(), "its mean over seeds"));
            sources.add(new Source(PhaseColumns.se(m.name()), "metric", m.name(), "its standard error"));
        }
        return sources;
    }

    private static List<Source> own(List<String> columns) {
        List<Source> sources = new ArrayList<>();
        sources.add(Source.own(SWEEP));
        columns.forEach(c -> sources.add(Source.own(c)));
        return sources;
    }

    /** A parameter's columns (a pair as two), as {@link ParameterColumns} writes them. */
    private static List<Source> parameter(ParamDef p) {
        List<String> columns = new ParameterColumns(new ParamSchema(List.of(p))).names();
        return columns.stream().map(c -> new Source(c, "parameter", p.name(), c.equals(p.name()) ? "" : "as " + c))
                .toList();
    }

    private static Optional<String> first(Kernel kernel, String table, List<Source> sources) {
        Map<String, Source> byColumn = new HashMap<>();
        for (Source s : sources) {
            Source earlier = byColumn.putIfAbsent(s.column(), s);
            if (earlier != null) {
                return Optional.of(message(kernel, table, earlier, s));
            }
        }
        return Optional.empty();
    }

    private static String message(Kernel kernel, String table, Source earlier, Source later) {
        String where = " column '" + later.column() + "' of the " + table + " table";
        if (!earlier.fromKernel()) {
            return "kernel '" + kernel.name() + "': " + later.describe() + " would be" + where + ", "
                    + earlier.note() + "; the kernel must give its " + later.kind() + " another name";
        }
        return "kernel '" + kernel.name() + "': " + earlier.describe() + " and " + later.describe()
                + " would both be" + where + "; the kernel must give one of them another name";
    }
}
