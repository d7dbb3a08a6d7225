package org.rfsweep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.executor.Chunk;
import org.rfsweep.executor.ChunkTask;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.SweepCommits;
import org.rfsweep.table.Table;
import org.rfsweep.table.WriteConf;
import org.rfsweep.testkit.SweepFixture;
import org.rfsweep.testkit.TestKernel;
import org.rfsweep.testkit.TestSweep;

/**
 * Spark task retries never duplicate rows. The session is {@code local[2,2]}: two slots and up to
 * two attempts per task, so an infrastructure failure (an {@link Error}) is retried as on a cluster.
 */
class SparkTaskRetryTest {
    private static SparkSession spark;
    private static SweepFixture fx;

    @TempDir
    Path out;

    @BeforeAll
    static void start() {
        spark = SparkSessions.create("local[2,2]");
        fx = new SweepFixture(spark);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aTaskRetriedAfterAnInfrastructureFailureCommitsEachTrialOnce(@TempDir Path markers) throws Exception {
        System.setProperty(TestKernel.MARKERS, markers.toString());
        LinkedHashMap<String, List<?>> axes = new LinkedHashMap<>();
        axes.put("x", List.of(1.0, 2.0));
        axes.put("seed", LongStream.range(0, 4).boxed().toList());
        // 8 trials on 2 slots make 8 one-trial chunks (Chunker: 4 per slot); every trial throws an
        // Error on its first attempt, so every task fails once and its second attempt succeeds
        TestSweep sweep = TestSweep.grid("retry", Map.of("mode", "error-once"), axes);
        SweepRunner.Outcome outcome = fx.run(out, sweep);
        assertEquals(0, outcome.exitCode(), fx.log());
        assertEquals(8, outcome.report().ok(), "accumulators count successful attempts only");
        try (Stream<Path> m = Files.list(markers)) {
            assertEquals(8, m.count(), "each trial's first attempt really failed");
        }
        assertEquals(8, fx.count(out, "SELECT count(*) FROM runs"));
        assertEquals(8, fx.count(out, "SELECT count(DISTINCT trial_id) FROM runs"));
        assertEquals(8 * 4, fx.count(out, "SELECT count(*) FROM trajectories"));
        assertEquals(8 * 3, fx.count(out, "SELECT count(*) FROM receptive_fields"));
    }

    @Test
    void aSecondAttemptOfACommittedChunkLosesAndDeletesItsFiles() throws Exception {
        TestSweep sweep = TestSweep.xSeeds("twice", Map.of(), List.of(1.0, 2.0), 3);
        Chunk chunk = Chunk.of(sweep.trialList(), 6);
        ChunkTask task = new ChunkTask(new WriteConf(out.toString(), "twice", "c", "h"));
        task.run(chunk, "a", () -> false);
        List<org.rfsweep.kernel.TrialSpec> reversed = new java.util.ArrayList<>(sweep.trialList());
        java.util.Collections.reverse(reversed);
        task.run(Chunk.of(reversed, 6), "b", () -> false); // same trials in another order: same id
        OutputLayout layout = new OutputLayout(out);
        Path committed = SweepCommits.read(layout, "twice").file(Table.RUNS, chunk.id());
        assertEquals(List.of(committed), layout.partFiles(Table.RUNS, "twice"));
        for (Table t : List.of(Table.RUNS, Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS)) {
            try (Stream<Path> files = Files.list(layout.partitionDir(t, "twice"))) {
                assertEquals(List.of(committed.getFileName()), files.map(Path::getFileName).toList(),
                        t + ": the losing attempt deleted its own file");
            }
        }
        assertEquals(6, fx.count(out, "SELECT count(*) FROM runs"));
        assertEquals(List.of("a"), fx.sql(out, "SELECT DISTINCT executor FROM runs").stream()
                .map(r -> r.getString(0)).toList(), "the first attempt to commit won");
        assertEquals(6 * 4, fx.count(out, "SELECT count(*) FROM trajectories"));
    }
}
