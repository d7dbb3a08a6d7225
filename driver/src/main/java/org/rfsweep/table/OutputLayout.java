package org.rfsweep.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where everything lives under an output root (DESIGN.md, "Tables"):
 * {@code <root>/<table>/sweep=<name>/part-<chunkId>.parquet}, Hive-style partitioned by sweep so
 * Spark, pyarrow and DuckDB discover the {@code sweep} column from the path. Bookkeeping files
 * start with an underscore ({@code _staging/}, {@code _rfsweep.lock}), which Spark's and
 * Hadoop's partition discovery skip.
 *
 * <p>Chunks commit without rename ({@link CommitRecord}): an attempt writes
 * {@code part-<chunkId>.<attempt>.parquet} into each partition, then creates
 * {@code _commits/sweep=<name>/<chunkId>.json} if absent. Outputs of earlier versions, whose
 * chunks were committed by renaming {@code part-<chunkId>.parquet} into place (runs last), stay
 * readable: such a runs file with no commit record is a committed chunk as before.
 *
 * @param root the output root, e.g. {@code ./results}
 */
public record OutputLayout(Path root) {
    private static final String PART_PREFIX = "part-";
    private static final String PART_SUFFIX = ".parquet";

    public OutputLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path tableDir(Table table) {
        return root.resolve(table.dirName());
    }

    /** {@code <root>/<table>/sweep=<sweep>}. */
    public Path partitionDir(Table table, String sweep) {
        return tableDir(table).resolve("sweep=" + sweep);
    }

    /** The committed file of one chunk in one table. */
    public Path chunkFile(Table table, String sweep, String chunkId) {
        return partitionDir(table, sweep).resolve(PART_PREFIX + chunkId + PART_SUFFIX);
    }

    /** Where tasks keep their progress markers and the phase table is built; everything in it is disposable. */
    public Path stagingDir() {
        return root.resolve("_staging");
    }

    /** Where {@code run} sets unreadable files aside ({@link Quarantine}); never read as a table. */
    public Path quarantineDir() {
        return root.resolve("_quarantine");
    }

    public Path lockFile() {
        return root.resolve("_rfsweep.lock");
    }

    /** {@code <root>/_commits/sweep=<sweep>}: the commit records of the sweep's chunks. */
    public Path commitsDir(String sweep) {
        return root.resolve("_commits").resolve("sweep=" + sweep);
    }

    /** The commit record of chunk {@code chunkId}, whose creation commits it. */
    public Path recordFile(String sweep, String chunkId) {
        return commitsDir(sweep).resolve(chunkId + ".json");
    }

    /** The file attempt {@code attempt} of chunk {@code chunkId} writes in {@code table}. */
    public Path attemptFile(Table table, String sweep, String chunkId, String attempt) {
        return partitionDir(table, sweep).resolve(attemptFileName(chunkId, attempt));
    }

    static String attemptFileName(String chunkId, String attempt) {
        return PART_PREFIX + chunkId + "." + attempt + PART_SUFFIX;
    }

    /**
     * The chunk id of a part file name ({@code part-<chunk>.parquet} or
     * {@code part-<chunk>.<attempt>.parquet}), or null if the name is not a part file.
     */
    public static String chunkIdOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PART_PREFIX) || !name.endsWith(PART_SUFFIX)) {
            return null;
        }
        String stem = name.substring(PART_PREFIX.length(), name.length() - PART_SUFFIX.length());
        int dot = stem.indexOf('.');
        return dot < 0 ? stem : stem.substring(0, dot);
    }

    /** Whether {@code file} is named as before commit records: {@code part-<chunk>.parquet}, no attempt. */
    public static boolean isLegacyName(Path file) {
        String id = chunkIdOf(file);
        return id != null && file.getFileName().toString().equals(PART_PREFIX + id + PART_SUFFIX);
    }

    /** The committed part files of one table partition, sorted by name; empty if none. */
    public List<Path> partFiles(Table table, String sweep) {
        return SweepCommits.read(this, sweep).files(table);
    }

    /** Every file named like a part file in the partition, committed or not, sorted by name. */
    List<Path> listedPartFiles(Table table, String sweep) {
        return listParts(partitionDir(table, sweep));
    }

    /** The sweeps that have a partition in {@code table}, sorted. */
    public List<String> sweeps(Table table) {
        List<String> names = new ArrayList<>();
        for (Path dir : list(tableDir(table))) {
            String name = dir.getFileName().toString();
            if (Files.isDirectory(dir) && name.startsWith("sweep=")) {
                names.add(name.substring("sweep=".length()));
            }
        }
        return names;
    }

    private static List<Path> listParts(Path dir) {
        List<Path> parts = new ArrayList<>();
        for (Path p : list(dir)) {
            if (chunkIdOf(p) != null && Files.isRegularFile(p)) {
                parts.add(p);
            }
        }
        return parts;
    }

    /** The entries of a directory sorted by name, or empty if it does not exist. */
    static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (java.nio.file.NoSuchFileException e) {
            return List.of(); // removed while we looked (a staging directory being committed)
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
