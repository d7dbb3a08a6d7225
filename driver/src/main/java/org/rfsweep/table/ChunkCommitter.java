package org.rfsweep.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.rfsweep.kernel.Kernel;

/**
 * Writes one chunk's rows and commits them (the commit protocol, DESIGN.md "Tables"):
 * <ol>
 *   <li>all three files are written into the attempt's own directory {@code _staging/<chunkId>-<uuid>};</li>
 *   <li>{@code trajectories} then {@code receptive_fields} are renamed into their partitions;</li>
 *   <li>{@code runs} is renamed LAST. The chunk is committed exactly when its runs file exists.</li>
 * </ol>
 * Every rename is an atomic same-filesystem move that replaces an existing file, so a retried
 * task (same chunk id, same trials) replaces the earlier attempt's files instead of adding rows,
 * and a reader never sees a half-written file. A crash between steps leaves trajectory or
 * receptive-field files without a runs file; {@link OutputJanitor} removes those before the next
 * plan, and their trials, absent from {@code runs}, simply run again.
 */
public final class ChunkCommitter {
    private final WriteConf conf;
    private final RunsRows runs;
    private final TrajectoryRows trajectories = new TrajectoryRows();
    private final ReceptiveFieldRows fields = new ReceptiveFieldRows();

    public ChunkCommitter(WriteConf conf, Kernel kernel) {
        this.conf = conf;
        this.runs = new RunsRows(kernel);
    }

    /**
     * Creates the private staging directory of one attempt at chunk {@code chunkId}: the task
     * leaves its per-trial progress markers there ({@link TrialMarkers}) and {@link #commit}
     * writes the chunk's files there before renaming them into place.
     */
    public Path openStaging(String chunkId) throws IOException {
        Path staging = conf.layout().stagingDir().resolve(chunkId + "-" + UUID.randomUUID());
        Files.createDirectories(staging);
        return staging;
    }

    /** Writes and commits the outcomes of chunk {@code chunkId}, then deletes {@code staging}. */
    public void commit(Path staging, String chunkId, List<TrialOutcome> outcomes) throws IOException {
        OutputLayout layout = conf.layout();
        try {
            List<ParquetRow> trajRows = new ArrayList<>();
            List<ParquetRow> fieldRows = new ArrayList<>();
            List<ParquetRow> runRows = new ArrayList<>();
            for (TrialOutcome o : outcomes) {
                trajRows.addAll(trajectories.rows(o, conf));
                fieldRows.addAll(fields.rows(o, conf));
                runRows.add(runs.row(o, chunkId, conf));
            }
            Path traj = stage(staging, Table.TRAJECTORIES, trajectories.schema(), trajRows);
            Path rf = stage(staging, Table.RECEPTIVE_FIELDS, fields.schema(), fieldRows);
            Path run = stage(staging, Table.RUNS, runs.schema(), runRows);
            publish(traj, layout.chunkFile(Table.TRAJECTORIES, conf.sweep(), chunkId));
            publish(rf, layout.chunkFile(Table.RECEPTIVE_FIELDS, conf.sweep(), chunkId));
            publish(run, layout.chunkFile(Table.RUNS, conf.sweep(), chunkId));
        } finally {
            FileTrees.deleteQuietly(staging);
        }
    }

    private static Path stage(Path staging, Table table, org.apache.parquet.schema.MessageType schema,
                              List<ParquetRow> rows) throws IOException {
        Path file = staging.resolve(table.dirName() + ".parquet");
        ParquetFiles.writeRows(file, schema, rows);
        return file;
    }

    /** Atomically moves {@code staged} to {@code target}, replacing a previous attempt's file. */
    static void publish(Path staged, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
