package org.rfsweep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.SweepCommits;
import org.rfsweep.table.OutputTrials;
import org.rfsweep.table.Table;
import org.rfsweep.table.TrialCopier;
import org.rfsweep.testkit.SweepFixture;
import org.rfsweep.testkit.TableSnapshot;
import org.rfsweep.testkit.TestSweep;

/**
 * A trial already in the output under another sweep is copied, not computed (DESIGN.md
 * "Identity"): its rows in all three tables, unchanged but for chunk_id and copied_from, committed
 * chunk by chunk so that a copy killed midway loses and duplicates nothing.
 */
class SparkCrossSweepCopyTest {
    private static final Set<String> NOT_COPIED = Set.of("chunk_id", TrialCopier.COPIED_FROM);

    private static SparkSession spark;
    private static SweepFixture fx;

    @TempDir
    Path out;

    @BeforeAll
    static void start() {
        spark = SparkSessions.create("local[2]");
        fx = new SweepFixture(spark);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static TestSweep a() {
        return TestSweep.xSeeds("a", Map.of(), List.of(1.0, 2.0), 4);
    }

    /** Shares x = 2 (4 trials) with a. */
    private static TestSweep b() {
        return TestSweep.xSeeds("b", Map.of(), List.of(2.0, 3.0), 4);
    }

    private static Set<String> ids(TestSweep s, double x) {
        return s.trialList().stream().filter(t -> t.params().getDouble("x") == x).map(TrialSpec::trialId)
                .collect(Collectors.toSet());
    }

    @Test
    void sharedTrialsAreCopiedOnlyTheNewHalfIsComputedAndASecondRunDoesNothing() throws Exception {
        fx.run(out, a());
        SweepRunner.Outcome first = fx.run(out, b());
        assertEquals(4, first.plan().copied());
        assertEquals(4, first.copied());
        assertEquals(4, first.report().finished(), "only the new half is computed");
        assertEquals(8, fx.count(out, "SELECT count(*) FROM runs WHERE sweep = 'b'"));
        assertEquals(8, fx.count(out, "SELECT count(DISTINCT trial_id) FROM runs WHERE sweep = 'b'"));
        assertEquals(2, fx.count(out, "SELECT count(*) FROM phase WHERE sweep = 'b'"));

        Set<String> shared = ids(b(), 2.0);
        for (Table t : List.of(Table.RUNS, Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS)) {
            List<String> inA = TableSnapshot.ofTrials(out, t, "a", shared, NOT_COPIED);
            assertEquals(inA, TableSnapshot.ofTrials(out, t, "b", shared, NOT_COPIED), t + ": copies equal the source");
            assertTrue(!inA.isEmpty());
        }
        List<Row> from = fx.sql(out, "SELECT copied_from, chunk_id FROM runs WHERE sweep = 'b' AND x = 2.0");
        assertEquals(4, from.size());
        for (Row r : from) {
            assertTrue(r.getString(0).matches("a/[0-9a-f]{16}"), "names the source sweep and chunk: " + r.getString(0));
            assertTrue(SweepCommits.read(new OutputLayout(out), "b").file(Table.RUNS, r.getString(1)) != null,
                    "chunk_id names the copy's own chunk");
        }
        assertEquals(4, fx.count(out, "SELECT count(*) FROM runs WHERE sweep = 'b' AND copied_from IS NULL"),
                "computed rows carry no source");

        SweepRunner.Outcome again = fx.run(out, b());
        assertEquals(0, again.plan().copied());
        assertEquals(8, again.plan().done());
        assertEquals(0, again.report().finished());
        assertEquals(8, fx.count(out, "SELECT count(*) FROM runs WHERE sweep = 'b'"));
    }

    @Test
    void aCopyStoppedBetweenChunksOrBetweenRenamesLosesAndDuplicatesNothing() throws Exception {
        TestSweep a = TestSweep.xSeeds("a", Map.of(), List.of(2.0), 8); // 8 chunks on 2 slots: 1 trial each
        fx.run(out, a);
        TestSweep b = TestSweep.xSeeds("b", Map.of(), List.of(2.0), 8);
        OutputLayout layout = new OutputLayout(out);
        OutputTrials trials = OutputTrials.read(layout, "b");
        List<String> all = b.trialList().stream().map(TrialSpec::trialId).toList();
        int[] chunks = {0};
        long copied = new TrialCopier(layout, "b").copy(all, trials, () -> chunks[0]++ >= 3);
        assertEquals(3, copied, "stopped after three chunks");
        // a kill before the commit record of the next chunk: its files are in place, no record names them
        Path committed = layout.partFiles(Table.RUNS, "b").get(0);
        for (Table t : List.of(Table.TRAJECTORIES, Table.RUNS)) {
            Files.copy(SweepCommits.read(layout, "b").file(t, OutputLayout.chunkIdOf(committed)),
                    layout.attemptFile(t, "b", "0123456789abcdef", "00000000000000ff"));
        }

        SweepRunner.Outcome resumed = fx.run(out, b);
        assertEquals(3, resumed.plan().done());
        assertEquals(5, resumed.copied());
        assertEquals(0, resumed.report().finished(), "nothing computed");
        assertEquals(8, fx.count(out, "SELECT count(*) FROM runs WHERE sweep = 'b'"));
        assertEquals(8, fx.count(out, "SELECT count(DISTINCT trial_id) FROM runs WHERE sweep = 'b'"));
        assertEquals(8 * 4, fx.count(out, "SELECT count(*) FROM trajectories WHERE sweep = 'b'"));
        assertEquals(8 * 3, fx.count(out, "SELECT count(*) FROM receptive_fields WHERE sweep = 'b'"));
        for (Table t : List.of(Table.RUNS, Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS)) {
            assertEquals(TableSnapshot.of(out, t, "a", NOT_COPIED), TableSnapshot.of(out, t, "b", NOT_COPIED), t.dirName());
        }
    }
}
