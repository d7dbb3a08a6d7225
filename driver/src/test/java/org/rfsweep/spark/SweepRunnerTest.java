package org.rfsweep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.testkit.GrownTestKernel;
import org.rfsweep.testkit.SweepFixture;
import org.rfsweep.testkit.TestSweep;

/** Idempotence, resume and reproducibility of whole runs, on one shared local[2] session. */
class SweepRunnerTest {
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

    @Test
    void runningTwiceLeavesExactlyOneRowPerTrial() throws Exception {
        TestSweep sweep = TestSweep.xSeeds("twice", Map.of(), List.of(-1.0, 0.5, 2.0), 4);
        SweepRunner.Outcome first = fx.run(out, sweep);
        assertEquals(0, first.exitCode());
        assertEquals(12, first.report().finished());
        SweepRunner.Outcome second = fx.run(out, sweep);
        assertEquals(0, second.exitCode());
        assertEquals(0, second.report().finished(), "nothing left to run");
        assertEquals(12, second.plan().done());
        assertEquals(12, fx.count(out, "SELECT count(*) FROM runs"));
        assertEquals(12, fx.count(out, "SELECT count(DISTINCT trial_id) FROM runs"));
        assertEquals(12 * 4, fx.count(out, "SELECT count(*) FROM trajectories"));
        assertEquals(12 * 3, fx.count(out, "SELECT count(*) FROM receptive_fields"));
        assertEquals(3, fx.count(out, "SELECT count(*) FROM phase WHERE sweep = 'twice' AND n_seeds = 4"));
    }

    @Test
    void aRunWithNothingLeftToDoStartsNoSparkAndLeavesThePhaseTableAlone() throws Exception {
        TestSweep sweep = TestSweep.xSeeds("idle", Map.of(), List.of(0.5, 2.0), 2);
        fx.run(out, sweep);
        Path phase = new org.rfsweep.table.OutputLayout(out).partitionDir(org.rfsweep.table.Table.PHASE, "idle")
                .resolve(SparkPhaseTable.PHASE_FILE);
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(phase);
        SweepRunner noSpark = new SweepRunner(() -> {
            throw new AssertionError("Spark started although nothing was left to do");
        }, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                new SweepRunner.Options(new org.rfsweep.table.OutputLayout(out), false, false, 500, "test-commit"));
        SweepRunner.Outcome idle = noSpark.run(sweep);
        assertEquals(0, idle.exitCode());
        assertEquals(4, idle.plan().done());
        assertEquals(2, idle.phaseRows(), "the phase table's rows, read from the file");
        assertEquals(written, Files.getLastModifiedTime(phase), "phase table not rewritten");
        // another code version makes the table stale: it is rewritten (here by Spark again)
        SweepRunner.Outcome newCode = new SweepRunner(() -> spark, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                new SweepRunner.Options(new org.rfsweep.table.OutputLayout(out), false, false, 500, "other-commit")).run(sweep);
        assertEquals(2, newCode.phaseRows());
        assertTrue(!written.equals(Files.getLastModifiedTime(phase)), "stale phase table rewritten");
    }

    @Test
    void anOutputPathWithGlobCharactersIsReadLiterally() throws Exception {
        Path odd = out.resolve("out-local[1]{a,b}*?");
        TestSweep sweep = TestSweep.xSeeds("glob", Map.of(), List.of(0.5), 2);
        SweepRunner.Outcome o = fx.run(odd, sweep);
        assertEquals(0, o.exitCode());
        assertEquals(1, o.phaseRows());
        assertEquals(2, fx.count(odd, "SELECT count(*) FROM runs"));
    }

    @Test
    void phaseAggregatesMatchANaiveComputationFromTheKernelsOwnResults() throws Exception {
        LinkedHashMap<String, List<?>> axes = new LinkedHashMap<>();
        axes.put("mode", List.of("ok", "diverge"));
        axes.put("x", List.of(-1.0, 0.5, 12.0));
        axes.put("seed", List.of(0L, 1L, 2L, 5L));
        TestSweep sweep = TestSweep.grid("agg", Map.of(), axes);
        fx.run(out, sweep);
        List<Row> phase = fx.sql(out, "SELECT x, n_trials, n_seeds, n_ok, n_diverged, loss_mean, loss_se, "
                + "undefined_mean, undefined_se, frac_localised FROM phase WHERE mode = 'ok' ORDER BY x");
        assertEquals(3, phase.size());
        org.rfsweep.kernel.Kernel k = sweep.kernel();
        for (Row r : phase) {
            double x = r.getDouble(0);
            double[] loss = sweep.trialList().stream()
                    .filter(t -> t.params().getDouble("x") == x && t.params().getString("mode").equals("ok"))
                    .mapToDouble(t -> k.run(t).scalar("loss")).toArray();
            double mean = java.util.Arrays.stream(loss).sum() / loss.length;
            double ss = java.util.Arrays.stream(loss).map(v -> (v - mean) * (v - mean)).sum();
            double se = Math.sqrt(ss / (loss.length - 1)) / Math.sqrt(loss.length);
            assertEquals(4L, r.getLong(1));
            assertEquals(4L, r.getLong(2));
            assertEquals(4L, r.getLong(3));
            assertEquals(0L, r.getLong(4));
            assertEquals(mean, r.getDouble(5), 1e-14 * Math.abs(mean), "loss_mean at x=" + x);
            assertEquals(se, r.getDouble(6), 1e-12 * se, "loss_se at x=" + x);
            if (x > 10) { // undefined = x, defined for every seed: mean x, zero spread
                assertEquals(x, r.getDouble(7), 0);
                assertEquals(0, r.getDouble(8), 0);
            } else { // NaN for every seed: no defined value, so no mean
                assertTrue(r.isNullAt(7) && r.isNullAt(8), "NaN metrics are left out, x=" + x);
            }
            assertEquals(x > 0 ? 1.0 : 0.0, r.getDouble(9), 0, "frac_localised at x=" + x);
        }
        List<Row> diverged = fx.sql(out, "SELECT n_ok, n_diverged, loss_mean, frac_localised FROM phase "
                + "WHERE mode = 'diverge'");
        assertEquals(3, diverged.size());
        for (Row r : diverged) {
            assertEquals(0L, r.getLong(0));
            assertEquals(4L, r.getLong(1));
            assertTrue(r.isNullAt(2) && r.isNullAt(3), "diverged trials do not enter the means");
        }
    }

    @Test
    void progressLinesComeAtTheIntervalAndNeverGoBackwards() throws Exception {
        LinkedHashMap<String, List<?>> axes = new LinkedHashMap<>();
        axes.put("seed", java.util.stream.LongStream.range(0, 16).boxed().toList());
        TestSweep sweep = TestSweep.grid("prog", Map.of("mode", "sleep", "sleep_ms", 200), axes);
        SweepRunner.Outcome o = fx.sweep(out, false, false, 150).run(sweep);
        assertEquals(16, o.report().finished());
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("\\[prog\\] (\\d+)/16 trials .* elapsed");
        List<Integer> done = fx.log().lines().map(line::matcher).filter(java.util.regex.Matcher::find)
                .map(m -> Integer.parseInt(m.group(1))).toList();
        // 16 trials of 0.2 s on 2 slots take >= 1.6 s: at 0.15 s intervals, many lines
        assertTrue(done.size() >= 8, "progress lines: " + done);
        for (int i = 1; i < done.size(); i++) {
            assertTrue(done.get(i) >= done.get(i - 1), "monotonic: " + done);
        }
        assertEquals(16, done.get(done.size() - 1));
        assertTrue(done.stream().anyMatch(d -> d > 0 && d < 16), "intermediate progress: " + done);
    }

    /**
     * DESIGN.md, "Identity": a parameter added later with a neutral default changes no trial id, so
     * re-running an existing output with the grown kernel runs nothing, and the phase table still
     * has one row per old grid point (the old rows, which lack the column, count at the default).
     */
    @Test
    void aNeutralParameterAddedLaterRunsNothingOnAnExistingOutput() throws Exception {
        TestSweep before = TestSweep.xSeeds("grown", Map.of(), List.of(1.0, 2.0), 3);
        assertEquals(6, fx.run(out, before).report().finished());
        LinkedHashMap<String, List<?>> axes = new LinkedHashMap<>();
        axes.put("x", List.of(1.0, 2.0));
        axes.put("seed", List.of(0L, 1L, 2L));
        GrownTestKernel grown = new GrownTestKernel();
        TestSweep after = TestSweep.grid("grown", grown, Map.of(), axes);
        assertEquals(before.trialList().stream().map(t -> t.trialId()).toList(),
                after.trialList().stream().map(t -> t.trialId()).toList());
        SweepRunner.Outcome rerun = fx.run(out, after);
        assertEquals(0, rerun.exitCode());
        assertEquals(0, rerun.report().finished(), "nothing left to run");
        assertEquals(6, rerun.plan().done());
        assertEquals(2, fx.count(out, "SELECT count(*) FROM phase WHERE sweep = 'grown' AND n_seeds = 3 AND offset = 0"));
        // the parameter at another value is another trial (the executors run the registered TestKernel
        // by name, so only the count of new trials is meaningful here, not their offset column)
        SweepRunner.Outcome moved = fx.run(out, TestSweep.grid("grown", grown, Map.of("offset", 0.5), axes));
        assertEquals(6, moved.report().finished());
        assertEquals(12, fx.count(out, "SELECT count(DISTINCT trial_id) FROM runs WHERE sweep = 'grown'"));
    }

    @Test
    void extendingTheGridRunsOnlyTheNewPoints() throws Exception {
        fx.run(out, TestSweep.xSeeds("grow", Map.of(), List.of(1.0, 2.0), 2));
        List<Row> before = fx.sql(out, "SELECT trial_id, started FROM runs ORDER BY trial_id");
        SweepRunner.Outcome grown = fx.run(out, TestSweep.xSeeds("grow", Map.of(), List.of(1.0, 2.0, 3.0), 2));
        assertEquals(2, grown.report().finished());
        assertEquals(4, grown.plan().done());
        assertEquals(6, fx.count(out, "SELECT count(DISTINCT trial_id) FROM runs"));
        assertEquals(6, fx.count(out, "SELECT count(*) FROM runs"));
        // the old rows were not rewritten
        List<Row> old = fx.sql(out, "SELECT trial_id, started FROM runs WHERE x < 3 ORDER BY trial_id");
        assertEquals(before, old);
    }

    @Test
    void aTrialAloneIsBitIdenticalToTheSameTrialInASweepAndToARerun(@TempDir Path alone, @TempDir Path again)
            throws Exception {
        TestSweep sweep = TestSweep.xSeeds("many", Map.of("xi", List.of(0.5, 3.0)), List.of(0.25, 1.5, 7.0), 3);
        fx.run(out, sweep);
        LinkedHashMap<String, List<?>> one = new LinkedHashMap<>();
        one.put("x", List.of(1.5));
        one.put("seed", List.of(2L));
        fx.run(alone, TestSweep.grid("single", Map.of("xi", List.of(0.5, 3.0)), one));
        fx.run(again, sweep);
        String q = "SELECT trial_id, loss, score, n_localised FROM runs WHERE x = 1.5 AND seed = 2";
        Row inSweep = fx.sql(out, q).get(0);
        Row single = fx.sql(alone, q).get(0);
        Row rerun = fx.sql(again, q).get(0);
        assertEquals(inSweep.getString(0), single.getString(0), "same trial, same id in any sweep");
        for (int c = 1; c <= 3; c++) {
            long bits = Double.doubleToRawLongBits(inSweep.getDouble(c));
            assertEquals(bits, Double.doubleToRawLongBits(single.getDouble(c)), "column " + c + " alone");
            assertEquals(bits, Double.doubleToRawLongBits(rerun.getDouble(c)), "column " + c + " re-run");
        }
        String traj = "SELECT step, ipr_mean, ipr_per_neuron FROM trajectories t JOIN runs r USING (trial_id)"
                + " WHERE r.x = 1.5 AND r.seed = 2 ORDER BY step";
        assertEquals(fx.sql(out, traj), fx.sql(alone, traj));
    }

    @Test
    void failedAndDivergedTrialsBecomeRowsAndFailedOnesAreKeptUntilRetried() throws Exception {
        LinkedHashMap<String, List<?>> axes = new LinkedHashMap<>();
        axes.put("mode", List.of("ok", "throw", "diverge"));
        axes.put("seed", List.of(0L, 1L));
        TestSweep sweep = TestSweep.grid("bad", Map.of(), axes);
        SweepRunner.Outcome first = fx.run(out, sweep);
        assertEquals(1, first.exitCode(), "a failed trial makes exit code 1");
        assertEquals(2, first.report().failed());
        assertEquals(2, first.report().diverged());
        List<Row> failed = fx.sql(out, "SELECT error, loss FROM runs WHERE status = 'failed'");
        assertEquals(2, failed.size());
        assertEquals("IllegalStateException: boom at x=1.0", failed.get(0).getString(0));
        assertTrue(failed.get(0).isNullAt(1), "a failed trial has no metrics");
        List<Row> diverged = fx.sql(out, "SELECT diverged_step, error, loss FROM runs WHERE status = 'diverged'");
        assertEquals(2, diverged.size());
        assertEquals(7L, diverged.get(0).getLong(0));
        assertTrue(Double.isNaN(diverged.get(0).getDouble(2)));

        SweepRunner.Outcome resumed = fx.run(out, sweep);
        assertEquals(0, resumed.report().finished(), "failed trials are not retried without --retry-failed");
        assertEquals(2, resumed.plan().failed());

        SweepRunner.Outcome retried = fx.sweep(out, true, false).run(sweep);
        assertEquals(2, retried.purgedFailed());
        assertEquals(2, retried.report().finished());
        assertEquals(2, retried.report().failed(), "the same trials fail again");
        assertEquals(6, fx.count(out, "SELECT count(*) FROM runs"));
        assertEquals(6, fx.count(out, "SELECT count(DISTINCT trial_id) FROM runs"));
    }

    @Test
    void retryFailedReplacesTheFailedRowsWithoutDuplicates(@TempDir Path markers) throws Exception {
        System.setProperty(org.rfsweep.testkit.TestKernel.MARKERS, markers.toString());
        LinkedHashMap<String, List<?>> axes = new LinkedHashMap<>();
        axes.put("mode", List.of("ok", "throw-once"));
        axes.put("seed", List.of(0L, 1L, 2L, 3L));
        TestSweep sweep = TestSweep.grid("flaky", Map.of(), axes);
        assertEquals(1, fx.run(out, sweep).exitCode());
        assertEquals(4, fx.count(out, "SELECT count(*) FROM runs WHERE status = 'failed'"));
        SweepRunner.Outcome retried = fx.sweep(out, true, false).run(sweep);
        assertEquals(0, retried.exitCode());
        assertEquals(4, retried.report().ok());
        assertEquals(8, fx.count(out, "SELECT count(*) FROM runs"));
        assertEquals(8, fx.count(out, "SELECT count(*) FROM runs WHERE status = 'ok'"));
        assertEquals(8 * 4, fx.count(out, "SELECT count(*) FROM trajectories"));
        assertEquals(8 * 3, fx.count(out, "SELECT count(*) FROM receptive_fields"));
    }

    @Test
    void failFastStopsAtTheFirstFailureAndKeepsCommittedChunks() throws Exception {
        LinkedHashMap<String, List<?>> axes = new LinkedHashMap<>();
        axes.put("mode", List.of("sleep"));
        axes.put("seed", java.util.stream.LongStream.range(0, 40).boxed().toList());
        TestSweep slow = TestSweep.grid("ff", Map.of("sleep_ms", 150), axes);
        LinkedHashMap<String, List<?>> bad = new LinkedHashMap<>();
        bad.put("mode", List.of("throw"));
        // the failing trial is the most expensive (|x| = 1000), so it runs in the first wave
        TestSweep mixed = TestSweep.merge("ff", slow, TestSweep.grid("ff", Map.of("x", 1000.0, "sleep_ms", 150), bad));
        SweepRunner.Outcome outcome = fx.sweep(out, false, true).run(mixed);
        assertEquals(1, outcome.exitCode());
        assertEquals("fail-fast: a trial failed", outcome.report().stopReason());
        long rows = fx.count(out, "SELECT count(*) FROM runs");
        assertTrue(rows < 41, "stopped early, committed " + rows);
        assertEquals(1, fx.count(out, "SELECT count(*) FROM runs WHERE status = 'failed'"));
        assertFalse(Files.exists(out.resolve("_rfsweep.lock")), "lock released");
        fx.run(out, mixed);
        assertEquals(41, fx.count(out, "SELECT count(DISTINCT trial_id) FROM runs"));
        assertEquals(41, fx.count(out, "SELECT count(*) FROM runs"));
    }

    /**
     * Issue 15.7: a signal that arrives once every chunk has committed (but before the job has
     * reported its end) stopped nothing: the run is complete, says so, and writes the phase table.
     * The stop is sent the moment the last runs file appears; if it lands after the job's end
     * instead, the outcome must be the same.
     */
    @Test
    void aStopAfterTheLastCommitIsACompleteRun() throws Exception {
        LinkedHashMap<String, List<?>> axes = new LinkedHashMap<>();
        axes.put("seed", List.of(0L));
        TestSweep sweep = TestSweep.grid("late-stop", Map.of("mode", "sleep", "sleep_ms", 300), axes);
        SweepRunner run = fx.sweep(out, false, false);
        SweepRunner.Outcome[] result = new SweepRunner.Outcome[1];
        Thread t = new Thread(() -> {
            try {
                result[0] = run.run(sweep);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        org.rfsweep.table.OutputLayout layout = new org.rfsweep.table.OutputLayout(out);
        while (layout.partFiles(org.rfsweep.table.Table.RUNS, "late-stop").isEmpty() && t.isAlive()) {
            Thread.onSpinWait();
        }
        run.cancel();
        t.join(60_000);
        assertNull(result[0].report().stopReason(), result[0].report().summary());
        assertEquals(0, result[0].exitCode());
        assertFalse(result[0].report().summary().contains("stopped early"), result[0].report().summary());
        assertEquals(1, result[0].phaseRows(), "the phase table is written as after any complete run");
    }

    @Test
    void anInterruptedRunResumesWithEveryTrialExactlyOnce() throws Exception {
        LinkedHashMap<String, List<?>> axes = new LinkedHashMap<>();
        axes.put("seed", java.util.stream.LongStream.range(0, 32).boxed().toList());
        TestSweep sweep = TestSweep.grid("stop", Map.of("mode", "sleep", "sleep_ms", 200), axes);
        SweepRunner run = fx.sweep(out, false, false);
        SweepRunner.Outcome[] result = new SweepRunner.Outcome[1];
        Thread t = new Thread(() -> {
            try {
                result[0] = run.run(sweep);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        org.rfsweep.table.OutputLayout layout = new org.rfsweep.table.OutputLayout(out);
        while (layout.partFiles(org.rfsweep.table.Table.RUNS, "stop").isEmpty()) {
            Thread.sleep(20);
        }
        run.cancel();
        t.join(60_000);
        assertEquals(1, result[0].exitCode());
        assertEquals("interrupted", result[0].report().stopReason());
        assertFalse(Files.exists(out.resolve("_rfsweep.lock")), "lock released");
        long partial = fx.count(out, "SELECT count(*) FROM runs");
        assertTrue(partial > 0 && partial < 32, "partial run committed " + partial);
        assertEquals(partial, fx.count(out, "SELECT count(DISTINCT trial_id) FROM runs"));
        SweepRunner.Outcome resumed = fx.run(out, sweep);
        assertEquals(32 - partial, resumed.report().finished());
        assertEquals(32, fx.count(out, "SELECT count(*) FROM runs"));
        assertEquals(32, fx.count(out, "SELECT count(DISTINCT trial_id) FROM runs"));
        assertEquals(32 * 4, fx.count(out, "SELECT count(*) FROM trajectories"));
        assertNull(resumed.report().stopReason());
    }
}
