package org.rfsweep.table;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialStatus;

/**
 * The {@code runs} table of one kernel: one row per trial. Columns: trial_id, kernel, then every
 * parameter ({@link ParameterColumns}), status, error, diverged_step, the kernel's metrics (null
 * when the trial produced none), wall_seconds, steps, steps_per_second, executor, started,
 * finished, chunk_id, and the provenance columns. The sweep is the partition, not a column.
 */
public final class RunsRows {
    public static final String TRIAL_ID = "trial_id";
    public static final String STATUS = "status";
    public static final String CHUNK_ID = "chunk_id";

    private final ParameterColumns params;
    private final List<MetricSpec> metrics;
    private final MessageType schema;

    public RunsRows(Kernel kernel) {
        this.params = new ParameterColumns(kernel.schema());
        this.metrics = List.copyOf(kernel.metrics());
        this.schema = Columns.message("runs", fields(params, metrics));
    }

    /** The columns every runs table has whatever its kernel: not a parameter's, not a metric's. */
    public static List<String> ownColumns() {
        return fields(new ParameterColumns(new ParamSchema(List.of())), List.of()).stream().map(Type::getName).toList();
    }

    public MessageType schema() {
        return schema;
    }

    /** The metric column names, in the kernel's order. */
    public List<String> metricNames() {
        return metrics.stream().map(MetricSpec::name).toList();
    }

    private static List<Type> fields(ParameterColumns params, List<MetricSpec> metrics) {
        List<Type> f = new ArrayList<>();
        f.add(Columns.requiredString(TRIAL_ID));
        f.add(Columns.requiredString("kernel"));
        f.addAll(params.fields());
        f.add(Columns.requiredString(STATUS));
        f.add(Columns.optionalString("error"));
        f.add(Columns.optionalLong("diverged_step"));
        for (MetricSpec m : metrics) {
            f.add(Columns.optionalDouble(m.name()));
        }
        f.add(Columns.requiredDouble("wall_seconds"));
        f.add(Columns.requiredLong("steps"));
        f.add(Columns.optionalDouble("steps_per_second"));
        f.add(Columns.requiredString("executor"));
        f.add(Columns.requiredTimestamp("started"));
        f.add(Columns.requiredTimestamp("finished"));
        f.add(Columns.requiredString(CHUNK_ID));
        f.addAll(Provenance.fields());
        return f;
    }

    /** The row of one finished trial. */
    public ParquetRow row(TrialOutcome o, String chunkId, WriteConf conf) {
        return row -> {
            TrialResult r = o.result();
            row.string(TRIAL_ID, o.spec().trialId());
            row.string("kernel", o.spec().kernel());
            params.write(row, o.spec().params());
            row.string(STATUS, r.status().label());
            row.string("error", r.message());
            if (r.status() == TrialStatus.DIVERGED && r.divergedStep() >= 0) {
                row.lng("diverged_step", r.divergedStep());
            }
            for (MetricSpec m : metrics) {
                Double v = r.scalars().get(m.name());
                if (v != null) {
                    row.dbl(m.name(), v); // NaN is kept: the kernel reported "undefined", not "absent"
                }
            }
            row.dbl("wall_seconds", o.wallSeconds());
            row.lng("steps", r.steps());
            row.dblOrNull("steps_per_second", o.stepsPerSecond());
            row.string("executor", o.executor());
            row.lng("started", o.startedMicros());
            row.lng("finished", o.finishedMicros());
            row.string(CHUNK_ID, chunkId);
            Provenance.write(row, o.spec().kernelVersion(), conf);
        };
    }
}
