package org.rfsweep.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;
import org.rfsweep.kernel.TrialStatus;

/**
 * Makes {@code --retry-failed} duplicate-free: before planning (under the lock), every committed
 * chunk of the sweep that holds {@code failed} rows is rewritten without them, in all three
 * tables; a chunk left with no rows is deleted. The failed trials are then simply missing, so the
 * planner schedules them like any other missing trial, and their new rows land in new chunks.
 *
 * <p>Order within a chunk: runs first, then the others. A crash after the runs rewrite leaves the
 * other files with rows of trials that are no longer in runs; failed trials have no trajectory or
 * receptive-field rows, so those files are still exactly right. A killed run therefore loses at
 * most the failure messages, which a re-run regenerates.
 */
public final class FailedRowPurger {
    private final OutputLayout layout;

    public FailedRowPurger(OutputLayout layout) {
        this.layout = layout;
    }

    /** Removes the failed rows of {@code sweep}; returns how many trials were un-failed. */
    public int purge(String sweep) throws IOException {
        int purged = 0;
        for (Path runsFile : layout.partFiles(Table.RUNS, sweep)) {
            purged += purgeChunk(sweep, runsFile);
        }
        return purged;
    }

    private int purgeChunk(String sweep, Path runsFile) throws IOException {
        List<Group> rows = ParquetFiles.read(runsFile, null);
        Set<String> failed = new HashSet<>();
        List<Group> kept = new ArrayList<>();
        for (Group g : rows) {
            if (TrialStatus.FAILED.label().equals(g.getString(RunsRows.STATUS, 0))) {
                failed.add(g.getString(RunsRows.TRIAL_ID, 0));
            } else {
                kept.add(g);
            }
        }
        if (failed.isEmpty()) {
            return 0;
        }
        String chunkId = OutputLayout.chunkIdOf(runsFile);
        if (kept.isEmpty()) {
            Files.delete(runsFile); // commit marker first: the other files become orphans the janitor removes
            Files.deleteIfExists(layout.chunkFile(Table.TRAJECTORIES, sweep, chunkId));
            Files.deleteIfExists(layout.chunkFile(Table.RECEPTIVE_FIELDS, sweep, chunkId));
        } else {
            rewrite(runsFile, kept);
            rewriteWithout(layout.chunkFile(Table.TRAJECTORIES, sweep, chunkId), failed);
            rewriteWithout(layout.chunkFile(Table.RECEPTIVE_FIELDS, sweep, chunkId), failed);
        }
        return failed.size();
    }

    private void rewriteWithout(Path file, Set<String> trialIds) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        List<Group> kept = new ArrayList<>();
        boolean changed = false;
        for (Group g : ParquetFiles.read(file, null)) {
            if (trialIds.contains(g.getString(RunsRows.TRIAL_ID, 0))) {
                changed = true;
            } else {
                kept.add(g);
            }
        }
        if (changed) {
            rewrite(file, kept);
        }
    }

    /** Writes {@code rows} with the file's own schema to staging, then atomically replaces it. */
    private void rewrite(Path file, List<Group> rows) throws IOException {
        MessageType schema = ParquetFiles.schemaOf(file);
        Path staging = layout.stagingDir().resolve("purge-" + UUID.randomUUID());
        Files.createDirectories(staging);
        try {
            Path staged = staging.resolve(file.getFileName());
            ParquetFiles.write(staged, schema, rows);
            ChunkCommitter.publish(staged, file);
        } finally {
            FileTrees.deleteQuietly(staging);
        }
    }
}
