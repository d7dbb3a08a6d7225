package org.rfsweep.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.TrialStatus;

/**
 * Writes one chunk's rows and commits them with the protocol of {@link ChunkFiles}: the attempt's
 * three files under names of its own, then the chunk's commit record, created only if absent. The
 * first attempt to create the record wins; a retried, speculative or zombie attempt that comes
 * later finds the record, deletes its own files and reports that it lost. A crash before the
 * record leaves files no record names, which no reader reads and {@link OutputJanitor} removes
 * before the next plan; their trials, absent from every record, simply run again.
 */
public final class ChunkCommitter {
    private final WriteConf conf;
    private final RunsRows runs;
    private final TrajectoryRows trajectories = new TrajectoryRows();
    private final ReceptiveFieldRows fields = new ReceptiveFieldRows();
    private final Runnable beforeRecord;

    public ChunkCommitter(WriteConf conf, Kernel kernel) {
        this(conf, kernel, () -> { });
    }

    /** @param beforeRecord runs between the files and the record (tests stop or kill an attempt there) */
    public ChunkCommitter(WriteConf conf, Kernel kernel, Runnable beforeRecord) {
        this.conf = conf;
        this.runs = new RunsRows(kernel);
        this.beforeRecord = beforeRecord;
    }

    /**
     * Creates the private staging directory of one attempt at chunk {@code chunkId}, where the
     * task leaves its per-trial progress markers ({@link TrialMarkers}).
     */
    public Path openStaging(String chunkId) throws IOException {
        Path staging = conf.layout().stagingDir().resolve(chunkId + "-" + UUID.randomUUID());
        Files.createDirectories(staging);
        return staging;
    }

    /**
     * Writes and commits the outcomes of chunk {@code chunkId}, then deletes {@code staging}.
     * Returns true if this attempt committed the chunk, false if another had already.
     */
    public boolean commit(Path staging, String chunkId, List<TrialOutcome> outcomes) throws IOException {
        OutputLayout layout = conf.layout();
        String sweep = conf.sweep();
        String attempt = ChunkFiles.newAttempt();
        try {
            List<ParquetRow> trajRows = new ArrayList<>();
            List<ParquetRow> fieldRows = new ArrayList<>();
            List<ParquetRow> runRows = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            List<TrialStatus> statuses = new ArrayList<>();
            for (TrialOutcome o : outcomes) {
                trajRows.addAll(trajectories.rows(o, conf));
                fieldRows.addAll(fields.rows(o, conf));
                runRows.add(runs.row(o, chunkId, conf));
                ids.add(o.spec().trialId());
                statuses.add(o.result().status());
            }
            Map<Table, CommitRecord.FileEntry> files = new EnumMap<>(Table.class);
            files.put(Table.TRAJECTORIES, ChunkFiles.writeRows(layout, Table.TRAJECTORIES, sweep, chunkId, attempt,
                    trajectories.schema(), trajRows));
            files.put(Table.RECEPTIVE_FIELDS, ChunkFiles.writeRows(layout, Table.RECEPTIVE_FIELDS, sweep, chunkId,
                    attempt, fields.schema(), fieldRows));
            files.put(Table.RUNS, ChunkFiles.writeRows(layout, Table.RUNS, sweep, chunkId, attempt, runs.schema(),
                    runRows));
            beforeRecord.run();
            return ChunkFiles.commit(layout, sweep,
                    new CommitRecord(chunkId, attempt, files, ChunkFiles.byStatus(ids, statuses)));
        } catch (IOException | RuntimeException e) { // an Error (a dying JVM) leaves files the janitor removes
            ChunkFiles.deleteAttemptQuietly(layout, sweep, chunkId, attempt);
            throw e;
        } finally {
            FileTrees.deleteQuietly(staging);
        }
    }
}
