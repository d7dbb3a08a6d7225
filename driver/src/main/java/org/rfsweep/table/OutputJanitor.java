package org.rfsweep.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Restores the invariant of the commit protocol before planning (called under the output lock):
 * no staging leftovers, no commit record that does not read (an attempt killed while writing it;
 * its chunk was never committed), and no part file that no commit counts: files of attempts that
 * never committed, legacy files of a chunk that now has a record, and (in outputs of earlier
 * versions) trajectory or receptive-field files whose chunk has no runs file. Trials of such chunks
 * are in no record and no runs file and therefore run again; removing their partial rows first
 * keeps every table duplicate-free.
 */
public final class OutputJanitor {
    private final OutputLayout layout;

    public OutputJanitor(OutputLayout layout) {
        this.layout = layout;
    }

    /** Removes staging and orphans of every sweep; returns the orphan files removed. */
    public List<Path> clean() throws IOException {
        FileTrees.delete(layout.stagingDir());
        List<Path> removed = new ArrayList<>();
        Set<String> sweeps = new TreeSet<>();
        for (Table t : List.of(Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS, Table.RUNS)) {
            sweeps.addAll(layout.sweeps(t));
        }
        for (String sweep : sweeps) {
            SweepCommits commits = SweepCommits.read(layout, sweep);
            for (Path broken : commits.brokenRecords()) {
                Files.deleteIfExists(broken);
                removed.add(broken);
            }
            Set<String> legacyChunks = new HashSet<>();
            for (Path p : commits.legacyFiles(Table.RUNS)) {
                legacyChunks.add(OutputLayout.chunkIdOf(p));
            }
            for (Table t : List.of(Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS, Table.RUNS)) {
                removed.addAll(removeOrphans(commits, t, legacyChunks));
            }
        }
        return removed;
    }

    private List<Path> removeOrphans(SweepCommits commits, Table table, Set<String> legacyChunks) throws IOException {
        Set<Path> committed = new HashSet<>(commits.files(table));
        List<Path> removed = new ArrayList<>();
        for (Path p : layout.listedPartFiles(table, commits.sweep())) {
            boolean legacyKept = committed.contains(p) && OutputLayout.isLegacyName(p)
                    && (table == Table.RUNS || legacyChunks.contains(OutputLayout.chunkIdOf(p)));
            boolean recorded = committed.contains(p) && !OutputLayout.isLegacyName(p);
            if (!legacyKept && !recorded) {
                Files.delete(p);
                removed.add(p);
            }
        }
        return removed;
    }
}
