package org.rfsweep.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.parquet.example.data.Group;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.ParquetFiles;
import org.rfsweep.table.Table;

/**
 * Every row of one table partition as text, read with parquet-hadoop (no Spark), sorted, with
 * some top-level columns left out: doubles print as {@code Double.toString}, which round-trips,
 * so equal snapshots mean bit-identical values.
 */
public final class TableSnapshot {
    /** The columns that differ between two runs of the same trials: when, where, in which chunk. */
    public static final Set<String> RUN_VOLATILE = Set.of("executor", "started", "finished", "wall_seconds",
            "steps_per_second", "chunk_id");

    private TableSnapshot() {
    }

    public static List<String> of(Path out, Table table, String sweep, Set<String> without) {
        List<String> rows = new ArrayList<>();
        for (Path file : new OutputLayout(out).partFiles(table, sweep)) {
            try {
                for (Group g : ParquetFiles.read(file, null)) {
                    rows.add(text(g, without));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        rows.sort(null);
        return rows;
    }

    /** The rows of {@code table} whose trial_id is in {@code ids}. */
    public static List<String> ofTrials(Path out, Table table, String sweep, Set<String> ids, Set<String> without) {
        return of(out, table, sweep, without).stream().filter(r -> ids.stream().anyMatch(r::contains))
                .collect(Collectors.toList());
    }

    private static String text(Group g, Set<String> without) {
        return g.toString().lines().filter(l -> without.stream().noneMatch(c -> l.startsWith(c + ":")))
                .collect(Collectors.joining("|"));
    }
}
