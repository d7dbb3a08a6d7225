package org.rfsweep.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;
import org.rfsweep.kernel.TrialStatus;

/**
 * The committed trials of one sweep, read from its {@code runs} files (the tables are the truth;
 * no separate state is kept). Reads only the trial_id and status columns with parquet-hadoop, so
 * {@code plan} and {@code status} need no Spark.
 */
public final class RunsIndex {
    private static final MessageType PROJECTION = new MessageType("runs",
            Columns.requiredString(RunsRows.TRIAL_ID), Columns.requiredString(RunsRows.STATUS));

    private final Map<String, TrialStatus> statusById;

    private RunsIndex(Map<String, TrialStatus> statusById) {
        this.statusById = Collections.unmodifiableMap(statusById);
    }

    /** Reads every committed runs file of {@code sweep} under {@code layout}. */
    public static RunsIndex read(OutputLayout layout, String sweep) {
        Map<String, TrialStatus> status = new HashMap<>();
        for (Path file : layout.partFiles(Table.RUNS, sweep)) {
            for (Group g : readQuietly(file)) {
                String id = g.getString(RunsRows.TRIAL_ID, 0);
                status.put(id, TrialStatus.valueOf(g.getString(RunsRows.STATUS, 0).toUpperCase(java.util.Locale.ROOT)));
            }
        }
        return new RunsIndex(status);
    }

    private static java.util.List<Group> readQuietly(Path file) {
        try {
            return ParquetFiles.read(file, PROJECTION);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Status by trial id, for every committed trial. */
    public Map<String, TrialStatus> statuses() {
        return statusById;
    }

    public long count(TrialStatus status) {
        return statusById.values().stream().filter(s -> s == status).count();
    }

    public int size() {
        return statusById.size();
    }
}
