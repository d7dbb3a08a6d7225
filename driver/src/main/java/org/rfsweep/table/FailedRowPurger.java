package org.rfsweep.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.example.data.Group;
import org.rfsweep.kernel.TrialStatus;

/**
 * Makes {@code --retry-failed} duplicate-free: before planning (under the lock), every committed
 * chunk of the sweep that holds {@code failed} rows is rewritten without them, in all three
 * tables, by a new attempt of the same chunk; a chunk left with no rows is uncommitted. The failed
 * trials are then simply missing, so the planner schedules them like any other missing trial, and
 * their new rows land in new chunks. A chunk's record says whether it holds failed rows, so only
 * those chunks are opened.
 *
 * <p>Order within a chunk, with no rename: the new attempt's files; the old record deleted (the
 * chunk is now uncommitted); the new record created; the old files deleted. A crash in between
 * loses at most that chunk's rows, whose trials run again; it never leaves a trial twice.
 */
public final class FailedRowPurger {
    private static final List<Table> CHUNK_TABLES = List.of(Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS, Table.RUNS);

    private final OutputLayout layout;

    public FailedRowPurger(OutputLayout layout) {
        this.layout = layout;
    }

    /** Removes the failed rows of {@code sweep}; returns how many trials were un-failed. */
    public int purge(String sweep) throws IOException {
        SweepCommits commits = SweepCommits.read(layout, sweep);
        int purged = 0;
        for (Path runsFile : commits.files(Table.RUNS)) {
            CommitRecord record = commits.recordOf(Table.RUNS, runsFile);
            if (record == null || !record.trials().get(TrialStatus.FAILED).isEmpty()) {
                purged += purgeChunk(commits, runsFile, record);
            }
        }
        return purged;
    }

    private int purgeChunk(SweepCommits commits, Path runsFile, CommitRecord record) throws IOException {
        String sweep = commits.sweep();
        String chunkId = OutputLayout.chunkIdOf(runsFile);
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
        List<Path> old = new ArrayList<>();
        for (Table t : CHUNK_TABLES) {
            Path p = commits.file(t, chunkId);
            if (p != null) {
                old.add(p);
            }
        }
        CommitRecord replacement = kept.isEmpty() ? null : rewrite(sweep, chunkId, old, kept, failed);
        uncommit(sweep, chunkId, record, runsFile);
        if (replacement != null && !ChunkFiles.commit(layout, sweep, replacement)) {
            throw new IOException("cannot purge chunk " + chunkId + ": its commit record reappeared (another writer?)");
        }
        for (Path p : old) {
            Files.deleteIfExists(p);
        }
        return failed.size();
    }

    /** Writes the chunk's rows without {@code failed} as a new attempt; returns its (uncreated) record. */
    private CommitRecord rewrite(String sweep, String chunkId, List<Path> old, List<Group> keptRuns,
                                 Set<String> failed) throws IOException {
        String attempt = ChunkFiles.newAttempt();
        Map<Table, CommitRecord.FileEntry> files = new EnumMap<>(Table.class);
        List<String> ids = new ArrayList<>();
        List<TrialStatus> statuses = new ArrayList<>();
        for (Path p : old) {
            Table t = tableOf(p);
            List<Group> kept = t == Table.RUNS ? keptRuns : without(p, failed);
            files.put(t, ChunkFiles.writeGroups(layout, t, sweep, chunkId, attempt, ParquetFiles.schemaOf(p), kept));
        }
        for (Group g : keptRuns) {
            ids.add(g.getString(RunsRows.TRIAL_ID, 0));
            statuses.add(CommitRecord.status(g.getString(RunsRows.STATUS, 0)));
        }
        return new CommitRecord(chunkId, attempt, files, ChunkFiles.byStatus(ids, statuses));
    }

    /** Uncommits the chunk: deletes its record, or the runs file of an output written before records. */
    private void uncommit(String sweep, String chunkId, CommitRecord record, Path runsFile) throws IOException {
        if (record != null) {
            Files.delete(layout.recordFile(sweep, chunkId));
        } else {
            Files.delete(runsFile);
        }
    }

    private Table tableOf(Path file) {
        for (Table t : CHUNK_TABLES) {
            if (file.getParent().getParent().equals(layout.tableDir(t))) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a chunk file: " + file);
    }

    private static List<Group> without(Path file, Set<String> trialIds) throws IOException {
        List<Group> kept = new ArrayList<>();
        for (Group g : ParquetFiles.read(file, null)) {
            if (!trialIds.contains(g.getString(RunsRows.TRIAL_ID, 0))) {
                kept.add(g);
            }
        }
        return kept;
    }
}
