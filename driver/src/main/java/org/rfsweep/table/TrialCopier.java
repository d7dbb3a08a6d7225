package org.rfsweep.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.rfsweep.kernel.Sha256;

/**
 * Copies trials already committed under other sweeps into this sweep's partitions, rows of all
 * three tables unchanged (same values, same bits, the source's provenance columns), except that
 * the runs row names its new chunk in {@code chunk_id} and where it came from in
 * {@code copied_from} ({@code <sweep>/<source chunk id>}), a column only copied rows carry.
 *
 * <p>One copy chunk per source runs file (so each chunk has one schema), committed with the
 * protocol of computed chunks ({@link ChunkCommitter}): written to staging, trajectories and
 * receptive_fields renamed into place, runs last. Its id is a hash of its trial ids, so a copy
 * killed midway leaves at most orphans (removed by {@link OutputJanitor}) and, run again, copies
 * only the trials not yet committed: nothing is lost or duplicated.
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
        Path staging = layout.stagingDir().resolve(chunkId + "-" + UUID.randomUUID());
        Files.createDirectories(staging);
        try {
            List<Path> staged = new ArrayList<>();
            for (Table t : List.of(Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS)) {
                Path source = layout.chunkFile(t, fromSweep, fromChunk);
                if (Files.exists(source)) {
                    staged.add(stage(staging, t, ParquetFiles.schemaOf(source), selected(source, wanted)));
                } else {
                    staged.add(null);
                }
            }
            RunsCopy runs = runsRows(runsFile, wanted, chunkId, fromSweep + "/" + fromChunk);
            staged.add(stage(staging, Table.RUNS, runs.schema(), runs.rows()));
            List<Table> order = List.of(Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS, Table.RUNS);
            for (int i = 0; i < order.size(); i++) {
                if (staged.get(i) != null) {
                    ChunkCommitter.publish(staged.get(i), layout.chunkFile(order.get(i), sweep, chunkId));
                }
            }
        } finally {
            FileTrees.deleteQuietly(staging);
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

    private static Path stage(Path staging, Table table, MessageType schema, List<Group> rows) throws IOException {
        Path file = staging.resolve(table.dirName() + ".parquet");
        ParquetFiles.write(file, schema, rows);
        return file;
    }
}
