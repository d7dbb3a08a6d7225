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
 * <p>The output root is a local (or shared, POSIX) filesystem path: the commit protocol relies on
 * atomic same-directory renames and atomic file creation.
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

    /** Where tasks write before renaming into place; everything in it is disposable. */
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

    /** The chunk id of a committed file name, or null if the name is not a part file. */
    public static String chunkIdOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PART_PREFIX) || !name.endsWith(PART_SUFFIX)) {
            return null;
        }
        return name.substring(PART_PREFIX.length(), name.length() - PART_SUFFIX.length());
    }

    /** The committed part files of one table partition, sorted by name; empty if none. */
    public List<Path> partFiles(Table table, String sweep) {
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
