package org.rfsweep.table;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.apache.parquet.schema.MessageType;

/**
 * Says what, if anything, is wrong with a part file of a table, from its framing and footer only:
 * a Parquet file starts and ends with the magic {@code PAR1}, and its footer holds the schema,
 * which must have the table's key columns. Rows are not decoded here (the readers that decode them
 * report a file whose pages are damaged in the same terms); parquet-hadoop's own message for a
 * damaged file names an internal {@code LocalInputFile@...} object instead of the file, so the
 * framing is checked first and every answer names the problem in plain words.
 */
public final class PartFileCheck {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    /** Magic + 4-byte footer length + magic: the smallest possible Parquet file. */
    private static final int MIN_SIZE = 12;

    /** Columns a file must have to be read as part of each table (its key columns). */
    private static final Map<Table, List<String>> REQUIRED = Map.of(
            Table.RUNS, List.of(RunsRows.TRIAL_ID, RunsRows.STATUS),
            Table.TRAJECTORIES, List.of(RunsRows.TRIAL_ID),
            Table.RECEPTIVE_FIELDS, List.of(RunsRows.TRIAL_ID),
            Table.PHASE, List.of("n_trials"));

    private PartFileCheck() {
    }

    /** What is wrong with {@code file} as a part of {@code table}, or null if it reads. */
    public static String problemOf(Path file, Table table) {
        String framing = framingProblem(file);
        if (framing != null) {
            return framing;
        }
        MessageType schema;
        try {
            schema = ParquetFiles.schemaOf(file);
        } catch (IOException | RuntimeException e) {
            return "unreadable Parquet footer (" + plain(e) + ")";
        }
        for (String column : REQUIRED.get(table)) {
            if (!schema.containsField(column)) {
                return "not a " + table.dirName() + " file: no column " + column + " (schema " + schema.getName() + ")";
            }
        }
        return null;
    }

    private static String framingProblem(Path file) {
        try (SeekableByteChannel ch = Files.newByteChannel(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size == 0) {
                return "empty file (0 bytes)";
            }
            if (size < MIN_SIZE) {
                return "not a Parquet file (" + size + " bytes, too short)";
            }
            boolean head = magicAt(ch, 0);
            boolean tail = magicAt(ch, size - MAGIC.length);
            if (!head) {
                return "not a Parquet file (no PAR1 magic at the start)";
            }
            if (!tail) {
                return "truncated or damaged Parquet file (" + size + " bytes, no PAR1 magic at the end)";
            }
            return null;
        } catch (IOException e) {
            return "cannot read (" + plain(e) + ")";
        }
    }

    private static boolean magicAt(SeekableByteChannel ch, long position) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length);
        ch.position(position); // a plain seekable channel, which every store's files have (no FileChannel on HDFS/S3)
        while (b.hasRemaining() && ch.read(b) > 0) {
            // read fully
        }
        return java.util.Arrays.equals(b.array(), MAGIC);
    }

    /** An exception's message without parquet-hadoop's object names; the class name if it has none. */
    static String plain(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return m.replaceAll("org\\.apache\\.parquet\\.io\\.LocalInputFile@[0-9a-f]+", "the file").strip()
                .lines().findFirst().orElse(m);
    }
}
