package org.rfsweep.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweeps through a real SLURM (slurm-wlm and munge on 127.0.0.1, started by
 * deploy/slurm/test-cluster.sh; the whole class is skipped, saying why, where SLURM cannot be
 * installed or started), each job submitted by deploy/slurm/submit.sh on a one-node allocation:
 * the quickstart equals local mode bit for bit; a sweep stopped mid-way by scancel (SIGTERM to
 * every process of the job), by SIGKILL to every process of it (its lock left behind), and by the
 * batch-shell SIGTERM that {@code --signal=B:TERM@S} sends, and one killed by a one-minute time
 * limit, each resumed by resubmitting the same command: only the missing trials run, the result
 * equals an uninterrupted run, and no process of a stopped job is left. Every wait is bounded;
 * jobs, drivers and daemons are stopped at the end whatever happened.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlurmIT {
    private static final Path SWEEPS = Scripts.DEPLOY_DIR.getParent().resolve("sweeps");
    private static final long JOB_TIMEOUT_S = 360;

    @TempDir
    static Path tmp;
    private static SlurmTestCluster slurm;
    private static SparkSession spark;
    private static final List<SlurmJob> jobs = new CopyOnWriteArrayList<>();
    private static final List<Driver> drivers = new CopyOnWriteArrayList<>();
    private static final Thread KILL_ON_EXIT = new Thread(SlurmIT::killNow, "slurm-it-cleanup");

    @BeforeAll
    @Timeout(value = 480, unit = TimeUnit.SECONDS)
    static void startSlurm() throws Exception {
        Runtime.getRuntime().addShutdownHook(KILL_ON_EXIT);
        // Not under @TempDir, which JUnit may delete while the daemons still run (a stopped JVM):
        // the watchdog needs slurm.conf and the pids to stop them. close() removes it.
        slurm = SlurmTestCluster.start(Files.createTempDirectory("rfsweep-slurm-it-"));
        spark = SparkSession.builder().master("local[1]").appName("slurm-it-reader")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
                .getOrCreate();
    }

    /** A failed test cancels the jobs it left (bounded), so that the next one gets the node. */
    @AfterEach
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void cancelLeftJobs() throws Exception {
        drivers.forEach(Driver::close);
        for (SlurmJob job : jobs) {
            if (job.listed()) {
                slurm.run("scancel", job.id());
                job.awaitGone(150);
            }
        }
    }

    @AfterAll
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    static void stopEverything() throws Exception {
        Runtime.getRuntime().removeShutdownHook(KILL_ON_EXIT);
        try {
            drivers.forEach(Driver::close);
        } finally {
            try {
                if (slurm != null) {
                    slurm.close(); // cancels whatever job is left, then stops the daemons
                }
            } finally {
                if (spark != null) {
                    spark.stop();
                }
            }
        }
    }

    @Test
    @Order(0)
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void anOptionSbatchRefusesSubmitsNothing() throws Exception {
        Path out = tmp.resolve("refused-out");
        List<String> cmd = List.of(Scripts.DEPLOY_DIR.resolve("slurm/submit.sh").toString(),
                SWEEPS.resolve("quickstart.yaml").toString(), "--out", out.toString(), "--logs",
                tmp.resolve("slurm-logs").toString(), "--partition", "no-such-partition");
        Path log = tmp.resolve("refused.log");
        Process p = slurm.builder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "submit.sh finished");
        String output = Files.readString(log);
        assertEquals(2, p.exitValue(), output);
        assertTrue(output.contains("invalid partition specified: no-such-partition"), output);
        assertTrue(output.strip().endsWith("submit.sh: sbatch refused the job (nothing submitted)"), output);
        assertEquals("", slurm.run("squeue", "--noheader").output(), "no job in the queue");
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    @Order(1)
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void quickstartThroughSbatchEqualsLocalMode() throws Exception {
        Path spec = SWEEPS.resolve("quickstart.yaml");
        long t0 = System.nanoTime();
        Map<String, Row> local = localRun(spec, "quickstart", "local[2]", "quickstart-local");
        long t1 = System.nanoTime();
        Path out = tmp.resolve("quickstart-out");
        SlurmJob job = submit(spec, out, "quickstart-submit.log", "--nodes", "1", "--mem", "4G");
        Set<ProcessHandle> running = awaitCommitted(job, out, "quickstart", 1, JOB_TIMEOUT_S);
        job.awaitGone(JOB_TIMEOUT_S);
        long t2 = System.nanoTime();
        assertJobEnded(job, "COMPLETED", "0:0");
        assertNoProcessLeft(job, running);

        Map<String, Row> rows = RunsTables.read(spark, out, "quickstart");
        RunsTables.assertSameResults(local, rows, 42);
        assertTrue(rows.values().stream().noneMatch(r -> r.<String>getAs("executor").startsWith("driver@")),
                "every trial ran on the job's executor, none in local mode");
        System.err.printf(Locale.ROOT, "SlurmIT: quickstart local[2] %.1f s (spark-submit, fresh JVM); "
                + "sbatch, submission to job end %.1f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    @Test
    @Order(2)
    @Timeout(value = 1800, unit = TimeUnit.SECONDS)
    void scancelKillAndTheTimeWarningMidSweepEachResumeWithOnlyTheMissingTrials() throws Exception {
        Path spec = resource("slurm-cancel");
        int trials = 56;
        Map<String, Row> reference = localRun(spec, "slurm-cancel", "local[2]", "cancel-local");
        Path out = tmp.resolve("cancel-out");
        Path lock = out.resolve("_rfsweep.lock");
        List<String> args = List.of("--nodes", "1", "--mem", "3G");

        // scancel: SIGTERM to every process of the job; the driver stops and releases the lock.
        SlurmJob first = submit(spec, out, "cancel-1.log", args.toArray(String[]::new));
        Set<ProcessHandle> running = awaitCommitted(first, out, "slurm-cancel", 1, JOB_TIMEOUT_S);
        assertEquals(0, slurm.run("scancel", first.id()).code());
        first.awaitGone(120);
        assertJobEnded(first, "CANCELLED", null);
        assertNoProcessLeft(first, running);
        assertFalse(Files.exists(lock), "the driver released the lock as it stopped:\n" + first.diagnostics());
        Map<String, Row> afterFirst = assertPartial(out, "slurm-cancel", Map.of(), trials);

        // SIGKILL to every process of the job at once, as once KillWait has passed (scancel -s KILL
        // would not do: SLURM turns it into a cancel, SIGTERM first): nothing stops in order, the
        // lock stays, and SLURM sees the job's batch shell killed.
        SlurmJob second = submit(spec, out, "cancel-2.log", args.toArray(String[]::new));
        running = awaitCommitted(second, out, "slurm-cancel", chunks(out, "slurm-cancel") + 1, JOB_TIMEOUT_S);
        second.processes().forEach(ProcessHandle::destroyForcibly);
        second.awaitGone(120);
        assertJobEnded(second, "FAILED", null);
        assertNoProcessLeft(second, running);
        assertTrue(Files.readString(lock).contains("slurm_job=" + second.id() + "\n"),
                "a SIGKILLed driver leaves its lock, naming its job:\n" + Files.readString(lock));
        Map<String, Row> afterSecond = assertPartial(out, "slurm-cancel", afterFirst, trials);

        // The batch shell alone gets SIGTERM (what --signal=B:TERM@S sends before the time limit).
        SlurmJob third = submit(spec, out, "cancel-3.log", args.toArray(String[]::new));
        running = awaitCommitted(third, out, "slurm-cancel", chunks(out, "slurm-cancel") + 1, JOB_TIMEOUT_S);
        assertTrue(third.output().contains("took over the stale lock of a run whose SLURM job has ended (squeue no "
                + "longer lists job " + second.id() + "): pid "), third.diagnostics());
        assertEquals(0, slurm.run("scancel", "--batch", "--signal=TERM", third.id()).code());
        third.awaitGone(120);
        assertJobEnded(third, "FAILED", "1:0"); // stopped in order before its end: the driver's exit 1
        assertNoProcessLeft(third, running);
        assertTrue(third.output().contains("rfsweep.sbatch") && third.output().contains("SIGTERM (job cancelled or near"),
                third.diagnostics());
        assertTrue(third.output().contains("stopped early: interrupted"), third.diagnostics());
        assertFalse(Files.exists(lock), "the driver released the lock as it stopped:\n" + third.diagnostics());
        Map<String, Row> afterThird = assertPartial(out, "slurm-cancel", afterSecond, trials);

        long resumedMicros = System.currentTimeMillis() * 1000;
        SlurmJob last = submit(spec, out, "cancel-4.log", args.toArray(String[]::new));
        last.awaitGone(JOB_TIMEOUT_S);
        assertJobEnded(last, "COMPLETED", "0:0");
        assertOnlyMissingTrialsRan(last, reference, afterThird, out, "slurm-cancel", resumedMicros);
    }

    /**
     * A one-minute time limit, set once the job has committed its first chunk (scontrol update, as
     * a user may shorten their own job), so that the kill lands mid-sweep however slow the start:
     * SLURM checks limits every 30 s, so the job ends 0 to 30 s after the update if it has run a
     * minute by then, else 60 to 90 s after it started, and its sweep (about 100 s of kernel time
     * on its one CPU) cannot be done by then. Submitted with --time 9, so that submit.sh asks for
     * no early warning and the limit's own SIGTERM (then SIGKILL after KillWait) is what stops it.
     */
    @Test
    @Order(3)
    @Timeout(value = 1800, unit = TimeUnit.SECONDS)
    void aJobKilledByItsTimeLimitResumesWithOnlyTheMissingTrials() throws Exception {
        Path spec = resource("slurm-time");
        int trials = 1000;
        Path out = tmp.resolve("time-out");
        // One CPU: the job's sweep is slow enough, and the reference runs on the other one meanwhile.
        String[] args = {"--nodes", "1", "--time", "9", "--cpus-per-task", "1", "--mem", "3G"};
        Driver referenceRun = Driver.submit(tmp.resolve("local-state"), "local[1]", tmp.resolve("time-local.log"),
                "run", spec.toString(), "--out", tmp.resolve("time-local-out").toString());
        drivers.add(referenceRun);

        SlurmJob job = submit(spec, out, "time-1.log", args);
        Set<ProcessHandle> running = awaitCommitted(job, out, "slurm-time", 1, JOB_TIMEOUT_S);
        SlurmTestCluster.Result update = slurm.run("scontrol", "update", "JobId=" + job.id(), "TimeLimit=1");
        assertEquals(0, update.code(), update.output());
        job.awaitGone(240);
        assertJobEnded(job, "TIMEOUT", null);
        assertEquals("00:01:00", job.record().get("TimeLimit"));
        assertNoProcessLeft(job, running);
        Map<String, Row> before = assertPartial(out, "slurm-time", Map.of(), trials);

        assertEquals(0, referenceRun.await(1500), referenceRun::tail);
        Map<String, Row> reference = RunsTables.read(spark, tmp.resolve("time-local-out"), "slurm-time");
        // The same command again: it runs only what is missing (and once more should it time out too).
        for (int round = 2; ; round++) {
            long resumedMicros = System.currentTimeMillis() * 1000;
            SlurmJob next = submit(spec, out, "time-" + round + ".log", args);
            next.awaitGone(660);
            if (next.record().get("JobState").equals("COMPLETED")) {
                assertJobEnded(next, "COMPLETED", "0:0");
                assertOnlyMissingTrialsRan(next, reference, before, out, "slurm-time", resumedMicros);
                return;
            }
            assertTrue(round < 3, "still not complete after " + round + " jobs:\n" + next.diagnostics());
            assertJobEnded(next, "TIMEOUT", null);
            before = assertPartial(out, "slurm-time", before, trials);
        }
    }

    /** The runs table of a stopped sweep: strictly more than {@code earlier}, which it keeps unchanged, and not all. */
    private static Map<String, Row> assertPartial(Path out, String sweep, Map<String, Row> earlier, int trials) {
        Map<String, Row> rows = RunsTables.read(spark, out, sweep);
        assertTrue(rows.size() > earlier.size() && rows.size() < trials,
                "the stop must land mid-sweep, after a commit: " + earlier.size() + " rows before, " + rows.size() + " now");
        for (Map.Entry<String, Row> e : earlier.entrySet()) {
            assertEquals(e.getValue(), rows.get(e.getKey()), "committed trial " + e.getKey() + " is unchanged");
        }
        return rows;
    }

    /** The resumed job ran exactly the trials without a row, and the table equals the reference. */
    private static void assertOnlyMissingTrialsRan(SlurmJob job, Map<String, Row> reference, Map<String, Row> before,
            Path out, String sweep, long resumedMicros) {
        int missing = reference.size() - before.size();
        String summary = missing + " trials run (" + missing + " ok";
        assertTrue(job.output().contains(summary), "expected \"" + summary + "\" in:\n" + job.diagnostics());
        Map<String, Row> after = RunsTables.read(spark, out, sweep);
        RunsTables.assertSameResults(reference, after, reference.size());
        for (Map.Entry<String, Row> e : after.entrySet()) {
            Row old = before.get(e.getKey());
            long started = micros(e.getValue().getAs("started"));
            if (old != null) {
                assertEquals(micros(old.getAs("started")), started, "trial " + e.getKey() + " ran again");
            } else {
                assertTrue(started >= resumedMicros, "trial " + e.getKey() + " was not run by the resumed job");
            }
        }
    }

    private static void assertJobEnded(SlurmJob job, String state, String exitCode) throws Exception {
        Map<String, String> record = job.record();
        assertEquals(state, record.get("JobState"), () -> "job " + job.id() + " " + record + "\n" + job.diagnostics());
        if (exitCode != null) {
            assertEquals(exitCode, record.get("ExitCode"), () -> "exit code of job " + job.id() + "\n" + job.diagnostics());
        }
    }

    /**
     * Polls until the sweep has {@code chunks} committed chunks while the job runs; returns every
     * process of the job at that moment, which must hold its daemons, driver and an executor.
     */
    private static Set<ProcessHandle> awaitCommitted(SlurmJob job, Path out, String sweep, int chunks, long seconds)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long nextCheck = 0;
        while (chunks(out, sweep) < chunks) {
            if (System.nanoTime() > nextCheck) {
                if (!job.listed()) {
                    fail("job " + job.id() + " ended before " + chunks + " chunks were committed:\n" + job.diagnostics());
                }
                nextCheck = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            }
            if (System.nanoTime() > deadline) {
                fail("no " + chunks + " committed chunks within " + seconds + " s:\n" + job.diagnostics());
            }
            Thread.sleep(100);
        }
        Set<ProcessHandle> running = job.processes();
        Set<String> names = job.recorded().keySet();
        String all = SlurmJob.describe(running);
        assertTrue(names.containsAll(List.of("batch", "master", "srun", "driver"))
                && names.stream().anyMatch(n -> n.startsWith("worker-")), "recorded " + names + ":" + all);
        assertTrue(all.contains("org.apache.spark.executor.CoarseGrainedExecutorBackend"), "no executor:" + all);
        return running;
    }

    /** Once SLURM no longer lists the job, none of its processes may be left (a short grace for the last exits). */
    private static void assertNoProcessLeft(SlurmJob job, Set<ProcessHandle> seen) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<ProcessHandle> left;
        do {
            left = new ArrayList<>(seen.stream().filter(ProcessHandle::isAlive).toList());
            left.addAll(job.withJobInEnvironment());
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        fail("processes of job " + job.id() + " left behind after it ended:" + SlurmJob.describe(left));
    }

    private static int chunks(Path out, String sweep) {
        try {
            return RunsTables.committedChunks(out, sweep);
        } catch (IOException e) {
            return 0; // the partition directory appeared or changed while listing
        }
    }

    private static SlurmJob submit(Path spec, Path out, String log, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--out", out.toString()));
        all.addAll(List.of(args));
        SlurmJob job = SlurmJob.submit(slurm, spec, tmp.resolve("slurm-logs"), tmp.resolve(log), all);
        jobs.add(job);
        return job;
    }

    /** The sweep run in local mode through the same packaged jar (deploy/standalone/submit.sh). */
    private static Map<String, Row> localRun(Path spec, String sweep, String master, String name) throws Exception {
        Path out = tmp.resolve(name + "-out");
        Driver d = Driver.submit(tmp.resolve("local-state"), master, tmp.resolve(name + ".log"), "run",
                spec.toString(), "--out", out.toString());
        drivers.add(d);
        assertEquals(0, d.await(JOB_TIMEOUT_S), d::tail);
        return RunsTables.read(spark, out, sweep);
    }

    private static Path resource(String sweep) throws IOException {
        Path p = tmp.resolve(sweep + ".yaml");
        try (var in = SlurmIT.class.getResourceAsStream("/" + sweep + ".yaml")) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    /** For a JVM stopped before {@link #stopEverything()}: SIGKILL to every job, then the daemons. */
    private static void killNow() {
        drivers.forEach(Driver::close);
        if (slurm == null) {
            return;
        }
        try {
            for (SlurmJob job : jobs) {
                slurm.run("scancel", "--full", "--signal=KILL", job.id());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < deadline && jobs.stream().anyMatch(SlurmIT::listedQuietly)) {
                Thread.sleep(200);
            }
        } catch (IOException | InterruptedException | AssertionError e) {
            // the daemons are killed below regardless
        }
        slurm.killNow();
    }

    private static boolean listedQuietly(SlurmJob job) {
        try {
            return job.listed();
        } catch (IOException | InterruptedException | AssertionError e) {
            return false;
        }
    }

    private static long micros(Object timestamp) {
        Timestamp t = (Timestamp) timestamp;
        return t.getTime() / 1000 * 1_000_000 + t.getNanos() / 1000;
    }
}
