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
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.rfsweep.kernel.Sha256;
import org.rfsweep.kernel.TrialStatus;

/**
 * Copies trials already committed under other sweeps into this sweep's partitions, rows of all
 * three tables unchanged (same values, same bits, the source's provenance columns), except that
 * the runs row names its new chunk in {@code chunk_id} and where it came from in
 * {@code copied_from} ({@code <sweep>/<source chunk id>}), a column only copied rows carry.
 *
 * <p>One copy chunk per source runs file (so each chunk has one schema), committed with the
 * protocol of computed chunks ({@link ChunkFiles}): the attempt's files, then the chunk's commit
 * record if absent. Its id is a hash of its trial ids, so a copy killed midway leaves at most
 * files no record names (removed by {@link OutputJanitor}) and, run again, copies only the
 * trials not yet committed: nothing is lost or duplicated.
 */
public final class TrialCopier {
    /** The runs column naming a copied row's source, {@code <sweep>/<chunk id>}. */
    public static final String COPIED_FROM = "copied_from";

    private final OutputLayout layout;
    private final String sweep;

    public TrialCopier(OutputLayout layout, String sweep) {
        this.layout = layout;
        this.sweep = sweep;
    }

    /**
     * Copies {@code trialIds} from their sources in {@code trials}; stops between chunks once
     * {@code cancelled}. Returns how many trials were committed.
     */
    public long copy(List<String> trialIds, OutputTrials trials, BooleanSupplier cancelled) throws IOException {
        Map<Path, List<String>> bySource = new TreeMap<>();
        Map<Path, String> sourceSweep = new TreeMap<>();
        for (String id : trialIds) {
            RunsIndex source = trials.sourceOf(id);
            Path file = source.fileOf(id);
            bySource.computeIfAbsent(file, f -> new ArrayList<>()).add(id);
            sourceSweep.put(file, source.sweep());
        }
        long copied = 0;
        for (Map.Entry<Path, List<String>> e : bySource.entrySet()) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            copyChunk(sourceSweep.get(e.getKey()), e.getKey(), e.getValue());
            copied += e.getValue().size();
        }
        return copied;
    }

    private void copyChunk(String fromSweep, Path runsFile, List<String> ids) throws IOException {
        Set<String> wanted = new HashSet<>(ids);
        String fromChunk = OutputLayout.chunkIdOf(runsFile);
        String chunkId = Sha256.hex("copy|" + String.join(",", ids.stream().sorted().toList()), 8);
        String attempt = ChunkFiles.newAttempt();
        SweepCommits source = SweepCommits.read(layout, fromSweep);
        try {
            Map<Table, CommitRecord.FileEntry> files = new EnumMap<>(Table.class);
            for (Table t : List.of(Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS)) {
                Path from = source.file(t, fromChunk);
                if (from != null && Files.exists(from)) {
                    files.put(t, ChunkFiles.writeGroups(layout, t, sweep, chunkId, attempt, ParquetFiles.schemaOf(from),
                            selected(from, wanted)));
                }
            }
            RunsCopy runs = runsRows(runsFile, wanted, chunkId, fromSweep + "/" + fromChunk);
            files.put(Table.RUNS, ChunkFiles.writeGroups(layout, Table.RUNS, sweep, chunkId, attempt, runs.schema(),
                    runs.rows()));
            List<String> rowIds = new ArrayList<>();
            List<TrialStatus> statuses = new ArrayList<>();
            for (Group g : runs.rows()) {
                rowIds.add(g.getString(RunsRows.TRIAL_ID, 0));
                statuses.add(CommitRecord.status(g.getString(RunsRows.STATUS, 0)));
            }
            ChunkFiles.commit(layout, sweep, new CommitRecord(chunkId, attempt, files,
                    ChunkFiles.byStatus(rowIds, statuses)));
        } catch (IOException | RuntimeException e) {
            ChunkFiles.deleteAttemptQuietly(layout, sweep, chunkId, attempt);
            throw e;
        }
    }

    private static List<Group> selected(Path file, Set<String> wanted) throws IOException {
        List<Group> rows = new ArrayList<>();
        for (Group g : ParquetFiles.read(file, null)) {
            if (wanted.contains(g.getString(RunsRows.TRIAL_ID, 0))) {
                rows.add(g);
            }
        }
        return rows;
    }

    /** The runs rows of {@code wanted}, with the new chunk id and their source. */
    private static RunsCopy runsRows(Path file, Set<String> wanted, String chunkId, String from) throws IOException {
        MessageType source = ParquetFiles.schemaOf(file);
        MessageType target = source.containsField(COPIED_FROM) ? source : withCopiedFrom(source);
        List<Group> rows = new ArrayList<>();
        for (Group g : selected(file, wanted)) {
            rows.add(GroupCopy.of(g, target, Map.of(RunsRows.CHUNK_ID, chunkId, COPIED_FROM, from)));
        }
        return new RunsCopy(target, rows);
    }

    private static MessageType withCopiedFrom(MessageType source) {
        List<Type> fields = new ArrayList<>(source.getFields());
        fields.add(Columns.optionalString(COPIED_FROM));
        return new MessageType(source.getName(), fields);
    }

    private record RunsCopy(MessageType schema, List<Group> rows) {
    }
}
