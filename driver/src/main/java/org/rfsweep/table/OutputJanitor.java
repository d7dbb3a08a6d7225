package org.rfsweep.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Restores the invariant of the commit protocol before planning (called under the output lock):
 * no staging leftovers, and no trajectory or receptive-field file whose chunk has no runs file
 * (the remains of a chunk killed between its renames). Trials of such chunks are absent from
 * {@code runs} and therefore run again; removing their partial rows first keeps every table
 * duplicate-free.
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
        Set<String> sweeps = new HashSet<>(layout.sweeps(Table.TRAJECTORIES));
        sweeps.addAll(layout.sweeps(Table.RECEPTIVE_FIELDS));
        for (String sweep : sweeps) {
            Set<String> committed = committedChunks(sweep);
            removed.addAll(removeOrphans(Table.TRAJECTORIES, sweep, committed));
            removed.addAll(removeOrphans(Table.RECEPTIVE_FIELDS, sweep, committed));
        }
        return removed;
    }

    private Set<String> committedChunks(String sweep) {
        Set<String> ids = new HashSet<>();
        for (Path p : layout.partFiles(Table.RUNS, sweep)) {
            ids.add(OutputLayout.chunkIdOf(p));
        }
        return ids;
    }

    private List<Path> removeOrphans(Table table, String sweep, Set<String> committed) throws IOException {
        List<Path> removed = new ArrayList<>();
        for (Path p : layout.partFiles(table, sweep)) {
            if (!committed.contains(OutputLayout.chunkIdOf(p))) {
                Files.delete(p);
                removed.add(p);
            }
        }
        return removed;
    }
}
