package org.rfsweep.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.Kernels;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.executor.Chunk;
import org.rfsweep.table.ChunkCommitter;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.ParquetFiles;
import org.rfsweep.table.ParquetRow;
import org.rfsweep.table.RunsRows;
import org.rfsweep.table.Table;
import org.rfsweep.table.TrialOutcome;
import org.rfsweep.table.WriteConf;

/**
 * Writes the runs table of a large finished sweep without running it, for measuring {@code status}
 * at scale (README, "Scale"): N trials of the {@link TestKernel} (x = trial number, seed 0), ok,
 * in chunks of 100 rows committed as a run commits them (three files and a commit record per
 * chunk, {@link ChunkCommitter}), in sweep {@code scale}. With {@code --legacy}, only runs files
 * named as before commit records ({@code part-<chunk>.parquet}), as an output of an earlier
 * version has.
 *
 * <pre>
 * mvn -B -q -o -pl driver -am test-compile
 * java -cp "driver/target/test-classes:driver/target/classes:$(cat driver/target/classpath.txt)" \
 *     org.rfsweep.testkit.ScaleOutput /tmp/scale-1e6 1000000 [--legacy]
 * </pre>
 */
public final class ScaleOutput {
    private ScaleOutput() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        long n = Long.parseLong(args[1]);
        boolean legacy = args.length > 2 && args[2].equals("--legacy");
        Kernel kernel = Kernels.require(TestKernel.NAME);
        RunsRows runs = new RunsRows(kernel);
        WriteConf conf = new WriteConf(out.toAbsolutePath().toString(), "scale", "scale-output", "none");
        OutputLayout layout = conf.layout();
        List<TrialSpec> chunk = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            chunk.add(TrialSpec.of(kernel, kernel.schema().resolve(java.util.Map.of("x", (double) i))));
            if (chunk.size() == 100 || i == n - 1) {
                if (legacy) {
                    write(layout, runs, kernel, conf, chunk);
                } else {
                    commit(kernel, conf, chunk);
                }
                chunk.clear();
            }
        }
    }

    private static void commit(Kernel kernel, WriteConf conf, List<TrialSpec> trials) throws Exception {
        List<TrialOutcome> outcomes = new ArrayList<>();
        for (TrialSpec t : trials) {
            outcomes.add(new TrialOutcome(t, kernel.run(t), 0.001, 0, 1000, "scale"));
        }
        ChunkCommitter committer = new ChunkCommitter(conf, kernel);
        String id = Chunk.idOf(trials);
        committer.commit(committer.openStaging(id), id, outcomes);
    }

    private static void write(OutputLayout layout, RunsRows runs, Kernel kernel, WriteConf conf, List<TrialSpec> trials)
            throws Exception {
        String id = Chunk.idOf(trials);
        List<ParquetRow> rows = new ArrayList<>();
        for (TrialSpec t : trials) {
            rows.add(runs.row(new TrialOutcome(t, kernel.run(t), 0.001, 0, 1000, "scale"), id, conf));
        }
        Path file = layout.chunkFile(Table.RUNS, conf.sweep(), id);
        java.nio.file.Files.createDirectories(file.getParent());
        ParquetFiles.writeRows(file, runs.schema(), rows);
    }
}
