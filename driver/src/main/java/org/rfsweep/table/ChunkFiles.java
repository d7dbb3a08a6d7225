package org.rfsweep.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.store.HadoopNioFileSystem;
import org.rfsweep.store.HadoopNioPath;

/**
 * The commit protocol without rename, shared by computed chunks ({@link ChunkCommitter}), copies
 * ({@link TrialCopier}) and purges ({@link FailedRowPurger}):
 * <ol>
 *   <li>an attempt writes each table's file under a name unique to it,
 *       {@code part-<chunk>.<attempt>.parquet}, straight into the partition;</li>
 *   <li>it commits by creating the chunk's record {@code _commits/sweep=<s>/<chunk>.json} only if
 *       absent ({@link StandardOpenOption#CREATE_NEW}: POSIX {@code O_CREAT|O_EXCL});</li>
 *   <li>if the record exists already, another attempt won: this one deletes its own files.</li>
 * </ol>
 * Readers read exactly the files records name ({@link SweepCommits}), so a file of an attempt
 * killed before step 2, or of a zombie that lost, never becomes a row, and no table ever holds a
 * trial twice. Nothing is renamed, so the same steps fit a filesystem without atomic rename.
 */
public final class ChunkFiles {
    private ChunkFiles() {
    }

    /** A new attempt id: 16 hex digits, unique to the attempt (part of its file names). */
    public static String newAttempt() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** Writes one table's file of an attempt; returns its record entry. */
    static CommitRecord.FileEntry writeRows(OutputLayout layout, Table table, String sweep, String chunk,
                                            String attempt, MessageType schema, List<ParquetRow> rows)
            throws IOException {
        Path file = prepare(layout, table, sweep, chunk, attempt);
        ParquetFiles.writeRows(file, schema, rows);
        return new CommitRecord.FileEntry(file.getFileName().toString(), rows.size(), Files.size(file));
    }

    /** Like {@link #writeRows} for rows read from another file. */
    static CommitRecord.FileEntry writeGroups(OutputLayout layout, Table table, String sweep, String chunk,
                                              String attempt, MessageType schema, List<Group> rows)
            throws IOException {
        Path file = prepare(layout, table, sweep, chunk, attempt);
        ParquetFiles.write(file, schema, rows);
        return new CommitRecord.FileEntry(file.getFileName().toString(), rows.size(), Files.size(file));
    }

    private static Path prepare(OutputLayout layout, Table table, String sweep, String chunk, String attempt)
            throws IOException {
        Path file = layout.attemptFile(table, sweep, chunk, attempt);
        Files.createDirectories(file.getParent());
        return file;
    }

    /** The trial ids of runs rows by status, in row order. */
    static Map<TrialStatus, List<String>> byStatus(List<String> ids, List<TrialStatus> statuses) {
        Map<TrialStatus, List<String>> m = new EnumMap<>(TrialStatus.class);
        for (int i = 0; i < ids.size(); i++) {
            m.computeIfAbsent(statuses.get(i), s -> new ArrayList<>()).add(ids.get(i));
        }
        return m;
    }

    /**
     * Commits {@code record} by creating its file if absent. Returns true if this attempt won;
     * false if a record was there already, in which case this attempt's files are deleted.
     */
    static boolean commit(OutputLayout layout, String sweep, CommitRecord record) throws IOException {
        if (createIfAbsent(layout.recordFile(sweep, record.chunk()), record.toJson())) {
            return true;
        }
        deleteFiles(layout, sweep, record);
        return false;
    }

    /**
     * Creates {@code file} with {@code content} unless it exists (atomic on POSIX, and on NFS v3+;
     * on HDFS and S3 through {@link HadoopExclusiveCreate}).
     * A write that fails after the create removes the file again, so a full disk leaves no record.
     */
    public static boolean createIfAbsent(Path file, byte[] content) throws IOException {
        if (file instanceof HadoopNioPath h) { // HDFS's NameNode or S3's If-None-Match decides, see there
            return HadoopExclusiveCreate.createIfAbsent(((HadoopNioFileSystem) h.getFileSystem()).hadoop(),
                    h.hadoopPath(), content);
        }
        Files.createDirectories(file.getParent());
        OutputStream out;
        try {
            out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        try (out) {
            out.write(content);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return true;
    }

    /** Deletes the files {@code record} names (an attempt's own files, or an uncommitted chunk's). */
    static void deleteFiles(OutputLayout layout, String sweep, CommitRecord record) throws IOException {
        for (Map.Entry<Table, CommitRecord.FileEntry> e : record.files().entrySet()) {
            Files.deleteIfExists(layout.partitionDir(e.getKey(), sweep).resolve(e.getValue().name()));
        }
    }

    /** Best-effort removal of an attempt's files after a failure; the janitor removes what stays. */
    static void deleteAttemptQuietly(OutputLayout layout, String sweep, String chunk, String attempt) {
        for (Table t : List.of(Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS, Table.RUNS)) {
            try {
                Files.deleteIfExists(layout.attemptFile(t, sweep, chunk, attempt));
            } catch (IOException | RuntimeException e) {
                // best effort: an uncommitted file is read by no one
            }
        }
    }
}
