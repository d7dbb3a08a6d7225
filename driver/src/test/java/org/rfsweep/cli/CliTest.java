package org.rfsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run, plan, status and sql commands end to end through {@link Main#execute}, with the test
 * kernel. Each Spark-using command starts and stops its own local session, as the CLI does.
 */
class CliTest {
    @TempDir
    Path dir;
    Path out;
    Path spec;

    @BeforeEach
    void writeSpec() throws IOException {
        out = dir.resolve("results");
        spec = dir.resolve("cli.yaml");
        Files.writeString(spec, String.join("\n",
                "name: cli-test",
                "kernel: test-kernel",
                "fixed:",
                "  width: 2",
                "grid:",
                "  x: [0.5, 2]",
                "  seed: {range: [0, 3]}",
                ""));
    }

    /** The exit code, stdout and stderr of one command line. */
    record Result(int code, String out, String err) {
    }

    static Result rfsweep(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runThenStatusThenSql() {
        Result plan = rfsweep("plan", spec.toString(), "--out", out.toString(), "--slots", "2");
        assertEquals(0, plan.code(), plan.err());
        assertTrue(plan.out().contains("to run: 6"), plan.out());
        assertFalse(Files.exists(out), "plan writes nothing");

        Result dry = rfsweep("run", spec.toString(), "--out", out.toString(), "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("to run: 6"), dry.out());
        assertFalse(Files.exists(out), "--dry-run writes nothing");

        Result run = rfsweep("run", spec.toString(), "--out", out.toString(), "--master", "local[2]");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("6 trials run (6 ok, 0 diverged, 0 failed)"), run.out());
        assertTrue(run.err().contains("[cli-test] 6/6 trials (100.0%), 0 failed"), run.err());

        Result status = rfsweep("status", "--out", out.toString(), spec.toString());
        assertEquals(0, status.code(), status.err());
        assertEquals(List.of(
                "sweep     trials  ok  diverged  failed  missing",
                "--------  ------  --  --------  ------  -------",
                "cli-test       6   6         0       0        0"), status.out().lines().toList());

        Result sql = rfsweep("sql", "--out", out.toString(), "--master", "local[1]",
                "SELECT sweep, x, count(*) AS n, min(width) AS w FROM runs GROUP BY sweep, x ORDER BY x");
        assertEquals(0, sql.code(), sql.err());
        assertEquals(List.of(
                "sweep       x  n  w",
                "--------  ---  -  -",
                "cli-test  0.5  3  2",
                "cli-test    2  3  2"), sql.out().lines().toList());

        Result csv = rfsweep("sql", "--out", out.toString(), "--master", "local[1]", "--csv",
                "SELECT x, n_seeds, frac_localised FROM phase ORDER BY x");
        assertEquals(0, csv.code(), csv.err());
        assertEquals(List.of("x,n_seeds,frac_localised", "0.5,3,1.0", "2.0,3,1.0"), csv.out().lines().toList());

        Result bad = rfsweep("sql", "--out", out.toString(), "--master", "local[1]", "SELECT nope FROM runs");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("rfsweep sql: invalid query: "), bad.err());
    }

    @Test
    void aLockedOutputIsRefusedWithTheHolderNamedAndNothingWritten() throws IOException {
        Files.createDirectories(out);
        long pid = ProcessHandle.current().pid(); // alive, so the lock is not stale
        Files.writeString(out.resolve("_rfsweep.lock"), "pid=" + pid + "\nhost="
                + org.rfsweep.run.Hosts.localName() + "\nstarted=2026-01-01T00:00:00Z\ncommand=rfsweep run other\n");
        Result run = rfsweep("run", spec.toString(), "--out", out.toString());
        assertEquals(2, run.code());
        assertEquals("rfsweep run: output " + out.toAbsolutePath() + " is locked by another run: pid " + pid + " on "
                + org.rfsweep.run.Hosts.localName() + " since 2026-01-01T00:00:00Z (rfsweep run other); "
                + "wait for it to finish or use another --out", run.err().strip());
        assertFalse(Files.exists(out.resolve("runs")), "nothing written");
    }

    @Test
    void aStaleLockIsReportedWithHowToRemoveIt() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        Files.createDirectories(out);
        Path lock = out.resolve("_rfsweep.lock");
        Files.writeString(lock, "pid=" + p.pid() + "\nhost=" + org.rfsweep.run.Hosts.localName()
                + "\nstarted=2026-01-01T00:00:00Z\ncommand=rfsweep run old\n");
        Result run = rfsweep("run", spec.toString(), "--out", out.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("has a stale lock from pid " + p.pid()), run.err());
        assertTrue(run.err().strip().endsWith("remove it with: rm " + lock.toAbsolutePath()), run.err());
        assertTrue(Files.exists(lock), "a stale lock is reported, never removed silently");
    }

    @Test
    void failFastStopsWithExitCodeOne() throws IOException {
        Files.writeString(spec, String.join("\n",
                "name: cli-fail",
                "kernel: test-kernel",
                "fixed: {sleep_ms: 300}",
                "grid:",
                "  mode: [throw, sleep]",
                "  seed: {range: [0, 4]}",
                ""));
        // 4 chunks of (throw, sleep) on one slot: the first commits a failure after 0.3 s, the
        // fail-fast check cancels the job long before the other chunks (0.3 s each) are done
        Result run = rfsweep("run", spec.toString(), "--out", out.toString(), "--master", "local[1]", "--fail-fast");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("stopped early: fail-fast"), run.out());
        assertTrue(run.out().startsWith("2 trials run (1 ok, 0 diverged, 1 failed)")
                || run.out().startsWith("4 trials run (2 ok, 0 diverged, 2 failed)"), run.out());
    }
}
