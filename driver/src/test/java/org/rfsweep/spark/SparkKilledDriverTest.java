package org.rfsweep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.run.OutputLock;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.Table;
import org.rfsweep.testkit.ChildJvm;
import org.rfsweep.testkit.ChildSweepMain;
import org.rfsweep.testkit.SweepFixture;

/**
 * A driver JVM killed with SIGKILL mid-run loses at most its chunks in flight: a re-run takes over
 * the dead local-mode run's lock and completes the sweep with every trial exactly once.
 */
class SparkKilledDriverTest {
    private static SparkSession spark;
    private static SweepFixture fx;

    @TempDir
    Path out;

    @TempDir
    Path logs;

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
    void aKilledDriverLosesOnlyItsChunksInFlight() throws Exception {
        int n = 24;
        Process child = startChild(n, 250);
        OutputLayout layout = new OutputLayout(out);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (layout.partFiles(Table.RUNS, "killed").size() < 2 && System.nanoTime() < deadline) {
                assertTrue(child.isAlive(), "the child run ended early");
                Thread.sleep(20);
            }
        } finally {
            child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no cleanup
        }
        int committed = layout.partFiles(Table.RUNS, "killed").size();
        assertTrue(committed >= 2 && committed < 8, "killed mid-run after " + committed + " of 8 chunks");
        assertTrue(Files.exists(layout.lockFile()), "a SIGKILLed run leaves its lock");

        long before = fx.count(out, "SELECT count(*) FROM runs");
        // the dead local-mode holder's lock is taken over: its executors died with it
        SweepRunner.Outcome resumed = fx.run(out, ChildSweepMain.sweep(n, 250));
        assertTrue(fx.log().contains("took over the stale lock of a killed local run: pid " + child.pid()), fx.log());
        assertEquals(n - before, resumed.report().finished());
        assertEquals(n, fx.count(out, "SELECT count(*) FROM runs"));
        assertEquals(n, fx.count(out, "SELECT count(DISTINCT trial_id) FROM runs"));
        assertEquals(n * 4, fx.count(out, "SELECT count(*) FROM trajectories"));
        assertEquals(n * 3, fx.count(out, "SELECT count(*) FROM receptive_fields"));
        assertTrue(!Files.exists(layout.stagingDir()) || layout.stagingDir().toFile().list().length == 0,
                "staging leftovers removed");
    }

    @Test
    void sigtermStopsTheCliCleanlyWithExitCodeOne() throws Exception {
        Path spec = logs.resolve("term.yaml");
        Files.writeString(spec, String.join("\n", "name: killed", "kernel: test-kernel",
                "fixed: {mode: sleep, sleep_ms: 250}", "grid:", "  seed: {range: [0, 24]}", ""));
        Process child = startJava(List.of(org.rfsweep.cli.Main.class.getName(), "run", spec.toString(),
                "--out", out.toString(), "--master", "local[2]"));
        OutputLayout layout = new OutputLayout(out);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (layout.partFiles(Table.RUNS, "killed").isEmpty() && System.nanoTime() < deadline) {
                assertTrue(child.isAlive(), "the child run ended early");
                Thread.sleep(20);
            }
            child.destroy(); // SIGTERM, as from kill or a scheduler
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the run stops after SIGTERM");
        } finally {
            child.destroyForcibly();
        }
        assertEquals(1, child.exitValue(), Files.readString(logs.resolve("child.log")));
        assertTrue(!Files.exists(layout.lockFile()), "lock released");
        long committed = fx.count(out, "SELECT count(*) FROM runs");
        assertTrue(committed > 0 && committed < 24, "stopped mid-run with " + committed + " trials");
        assertEquals(committed, fx.count(out, "SELECT count(DISTINCT trial_id) FROM runs"));
    }

    private Process startChild(int n, int sleepMs) throws Exception {
        return startJava(List.of(ChildSweepMain.class.getName(), out.toString(), Integer.toString(n),
                Integer.toString(sleepMs)));
    }

    private Process startJava(List<String> mainAndArgs) throws Exception {
        return ChildJvm.start(List.of(), mainAndArgs, logs.resolve("child.log"));
    }
}
