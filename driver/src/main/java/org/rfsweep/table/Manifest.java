package org.rfsweep.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.rfsweep.store.Publish;

/**
 * The committed files of each table, for readers other than rfsweep (DuckDB, pyarrow): a glob such
 * as {@code runs/*}{@code /*.parquet} also matches files of attempts that never committed (a killed
 * task's, until the next run's janitor removes them), so {@code run} publishes, at its end and
 * under the lock, {@code <out>/_manifest/<table>.txt}: one path per line, relative to the output
 * root, of exactly the files {@link SweepCommits} reads. It is derived: the commit records stay the
 * truth, and a lost manifest is simply written again by the next run.
 */
public final class Manifest {
    private Manifest() {
    }

    /** {@code <root>/_manifest/<table>.txt}. */
    public static Path file(OutputLayout layout, Table table) {
        return layout.root().resolve("_manifest").resolve(table.dirName() + ".txt");
    }

    /** Rewrites the manifest of every table; each file is replaced whole, so a reader never sees half of one. */
    public static void write(OutputLayout layout) throws IOException {
        Map<String, SweepCommits> commits = new HashMap<>();
        for (Table t : Table.values()) {
            StringBuilder sb = new StringBuilder();
            for (String sweep : new TreeSet<>(layout.sweeps(t))) {
                SweepCommits c = commits.computeIfAbsent(sweep, s -> SweepCommits.read(layout, s));
                for (Path p : c.files(t)) {
                    sb.append(layout.root().relativize(p)).append('\n');
                }
            }
            Publish.bytes(file(layout, t), sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
