package org.rfsweep.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rfsweep.store.StorePaths;

/**
 * Sets a sweep's unreadable files aside before a run plans (under the output lock), never
 * deleting them: each is moved to {@code <out>/_quarantine/<UTC time>/<table>/sweep=<name>/},
 * keeping its name. A bad file of a chunk takes the chunk's files in the other two tables with it
 * (trajectories and receptive_fields first, then the runs file, then the chunk's commit record), so the
 * chunk's trials are simply missing and run again, and no table keeps rows of a trial whose runs
 * row is gone (they would be duplicated by the re-run). A bad phase file goes alone; the run
 * rewrites the phase table. The underscore keeps Spark, pyarrow and DuckDB out of the directory.
 */
public final class Quarantine {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final List<Table> CHUNK_TABLES = List.of(Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS, Table.RUNS);

    private final OutputLayout layout;

    public Quarantine(OutputLayout layout) {
        this.layout = layout;
    }

    /** One bad file set aside, and every file moved because of it. */
    public record SetAside(BadFile file, List<Path> moved, Path directory) {
    }

    /** The unreadable files of {@code sweep}'s partitions, runs rows included. */
    public static List<BadFile> find(OutputLayout layout, String sweep) {
        List<BadFile> bad = new ArrayList<>(RunsIndex.read(layout, sweep).bad());
        for (Table t : List.of(Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS, Table.PHASE)) {
            bad.addAll(PartitionScan.of(layout, t, sweep).bad());
        }
        return bad;
    }

    /** Moves {@code bad} (and their chunks' files) aside; returns what moved, one entry per bad file. */
    public List<SetAside> setAside(List<BadFile> bad) throws IOException {
        List<SetAside> done = new ArrayList<>();
        if (bad.isEmpty()) {
            return done;
        }
        Path dir = freshDirectory();
        Set<Path> gone = new LinkedHashSet<>();
        for (BadFile b : bad) {
            List<Path> moved = new ArrayList<>();
            for (Path p : filesToMove(b)) {
                if (gone.add(p) && Files.exists(p)) {
                    Path target = dir.resolve(layout.root().relativize(p));
                    Files.createDirectories(target.getParent());
                    // an object store moves by copy and delete: a crash between leaves the file in place
                    // too, still bad, and the next run sets it aside again
                    if (StorePaths.atomicRename(p)) {
                        Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                    } else {
                        Files.move(p, target);
                    }
                    moved.add(target);
                }
            }
            done.add(new SetAside(b, moved, dir));
        }
        return done;
    }

    /**
     * The bad file with its chunk's other files, runs last, then the chunk's commit record (so the
     * chunk stays committed until its files are gone); a phase file alone.
     */
    private List<Path> filesToMove(BadFile b) {
        String chunk = OutputLayout.chunkIdOf(b.file());
        if (b.table() == Table.PHASE) {
            return List.of(b.file());
        }
        SweepCommits commits = SweepCommits.read(layout, b.sweep());
        CommitRecord record = commits.recordOf(b.table(), b.file());
        List<Path> files = new ArrayList<>();
        for (Table t : CHUNK_TABLES) {
            Path p = t == b.table() ? b.file()
                    : record != null ? commits.file(t, chunk) : layout.chunkFile(t, b.sweep(), chunk);
            if (p != null) {
                files.add(p);
            }
        }
        if (record != null) {
            files.add(layout.recordFile(b.sweep(), chunk));
        }
        return files;
    }

    private Path freshDirectory() throws IOException {
        String stamp = STAMP.format(Instant.now());
        Path dir = layout.quarantineDir().resolve(stamp);
        for (int i = 1; Files.exists(dir); i++) {
            dir = layout.quarantineDir().resolve(stamp + "-" + i);
        }
        Files.createDirectories(dir);
        return dir;
    }
}
