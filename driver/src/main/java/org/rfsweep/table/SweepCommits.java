package org.rfsweep.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The committed chunks of one sweep, as every reader sees them: the chunks with a commit record
 * ({@link CommitRecord}, the files it names and nothing else), and the chunks of outputs written
 * before commit records, a runs file {@code part-<chunk>.parquet} with no record (with the files
 * of that name in the other tables). Files of an attempt that never committed (killed, cancelled,
 * or a zombie that lost) are in no record and read by no one; {@link OutputJanitor} removes them.
 * A record that does not parse (an attempt killed while writing it) commits nothing.
 */
public final class SweepCommits {
    private final OutputLayout layout;
    private final String sweep;
    private final Map<String, CommitRecord> records;
    private final List<Path> brokenRecords;

    private SweepCommits(OutputLayout layout, String sweep, Map<String, CommitRecord> records,
                         List<Path> brokenRecords) {
        this.layout = layout;
        this.sweep = sweep;
        this.records = Collections.unmodifiableMap(records);
        this.brokenRecords = List.copyOf(brokenRecords);
    }

    /** Reads the commit records of {@code sweep}. */
    public static SweepCommits read(OutputLayout layout, String sweep) {
        Map<String, CommitRecord> records = new TreeMap<>();
        List<Path> broken = new ArrayList<>();
        for (Path p : OutputLayout.list(layout.commitsDir(sweep))) {
            String name = p.getFileName().toString();
            if (!name.endsWith(".json") || name.startsWith(".")) {
                continue;
            }
            try {
                CommitRecord r = CommitRecord.parse(Files.readAllBytes(p));
                if (r.chunk().equals(name.substring(0, name.length() - ".json".length()))) {
                    records.put(r.chunk(), r);
                } else {
                    broken.add(p);
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // removed while we looked (a purge or a quarantine under the lock)
            } catch (IOException e) {
                broken.add(p);
            }
        }
        return new SweepCommits(layout, sweep, records, broken);
    }

    public String sweep() {
        return sweep;
    }

    /** The chunks with a commit record, by chunk id. */
    public Map<String, CommitRecord> records() {
        return records;
    }

    /** Records that do not read: they commit nothing, and the next run's janitor removes them. */
    public List<Path> brokenRecords() {
        return brokenRecords;
    }

    /** The commit record of the chunk of {@code file} if {@code file} is the one it names in {@code table}. */
    public CommitRecord recordOf(Table table, Path file) {
        CommitRecord r = records.get(OutputLayout.chunkIdOf(file));
        CommitRecord.FileEntry e = r == null ? null : r.files().get(table);
        return e != null && e.name().equals(file.getFileName().toString()) ? r : null;
    }

    /** The committed file of chunk {@code chunkId} in {@code table}, or null if it has none. */
    public Path file(Table table, String chunkId) {
        CommitRecord r = records.get(chunkId);
        if (r != null) {
            CommitRecord.FileEntry e = r.files().get(table);
            return e == null ? null : layout.partitionDir(table, sweep).resolve(e.name());
        }
        Path legacy = layout.chunkFile(table, sweep, chunkId);
        return Files.isRegularFile(legacy) ? legacy : null;
    }

    /** The committed files of {@code table}, sorted by name: the records' files, then legacy-named ones. */
    public List<Path> files(Table table) {
        List<Path> files = new ArrayList<>(recordFiles(table).keySet());
        files.addAll(legacyFiles(table));
        Collections.sort(files);
        return files;
    }

    /** The files the records name in {@code table}, with their recorded size. */
    private Map<Path, Long> recordFiles(Table table) {
        Map<Path, Long> files = new HashMap<>();
        Path dir = layout.partitionDir(table, sweep);
        for (CommitRecord r : records.values()) {
            CommitRecord.FileEntry e = r.files().get(table);
            if (e != null) {
                files.put(dir.resolve(e.name()), e.bytes());
            }
        }
        return files;
    }

    /**
     * Part files named as before commit records ({@code part-<chunk>.parquet}) whose chunk has no
     * record: read as before (a foreign file dropped into a partition is one of them, and is named
     * bad by its check). A chunk with a record reads only the record's files.
     */
    List<Path> legacyFiles(Table table) {
        List<Path> files = new ArrayList<>();
        for (Path p : layout.listedPartFiles(table, sweep)) {
            if (OutputLayout.isLegacyName(p) && !records.containsKey(OutputLayout.chunkIdOf(p))) {
                files.add(p);
            }
        }
        return files;
    }

    /**
     * Checks the committed files of {@code table}: a record's file by its size against the
     * record (no footer read: what makes {@code status} cheap), a legacy file by its framing and
     * footer ({@link PartFileCheck}).
     */
    public PartitionScan scan(Table table) {
        List<Path> readable = new ArrayList<>();
        List<BadFile> bad = new ArrayList<>();
        Map<Path, Long> recorded = recordFiles(table);
        Set<Path> legacy = Set.copyOf(legacyFiles(table));
        for (Path p : files(table)) {
            String problem = legacy.contains(p) ? PartFileCheck.problemOf(p, table) : sizeProblem(p, recorded.get(p));
            if (problem == null) {
                readable.add(p);
            } else {
                bad.add(new BadFile(table, sweep, p, problem));
            }
        }
        return new PartitionScan(readable, bad);
    }

    private String sizeProblem(Path file, long expected) {
        long size;
        try {
            size = Files.size(file);
        } catch (java.nio.file.NoSuchFileException e) {
            return "missing: its commit record " + layout.recordFile(sweep, OutputLayout.chunkIdOf(file))
                    + " names it, but it does not exist";
        } catch (IOException e) {
            return "cannot read (" + PartFileCheck.plain(e) + ")";
        }
        if (size == 0) {
            return "empty file (0 bytes; its commit record says " + expected + ")";
        }
        if (size != expected) {
            return "truncated or damaged Parquet file (" + size + " bytes; its commit record says " + expected + ")";
        }
        return null;
    }
}
