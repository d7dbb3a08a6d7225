package org.rfsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.executor.Chunk;
import org.rfsweep.executor.TrialExecutor;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.run.OutputLock;
import org.rfsweep.spark.SparkSessions;
import org.rfsweep.spark.SweepRunner;
import org.rfsweep.store.StorePaths;
import org.rfsweep.table.ChunkCommitter;
import org.rfsweep.table.Manifest;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.RunsIndex;
import org.rfsweep.table.Table;
import org.rfsweep.table.TrialOutcome;
import org.rfsweep.table.WriteConf;
import org.rfsweep.testkit.ChildJvm;
import org.rfsweep.testkit.LockRace;
import org.rfsweep.testkit.TableSnapshot;
import org.rfsweep.testkit.TestSweep;

/**
 * What issue 17 asks of an output root on a Hadoop filesystem, run against a real one by each
 * subclass (an in-process HDFS, S3A against an S3 server on loopback): a sweep's tables equal the
 * local POSIX run's bit for bit, and every command reads them; an attempt killed between its files
 * and its commit record and a zombie attempt that commits late leave every trial exactly once; a
 * SIGKILLed driver, re-run, runs only the trials it had not committed; a second driver on the root
 * gets the lock message. The Hadoop settings go in as {@code spark.hadoop.*} system properties,
 * as a user gives them ({@code RFSWEEP_JAVA_OPTS} or {@code spark-submit --conf}).
 */
abstract class HadoopOutputContract {
    @TempDir
    Path dir;

    private final List<String> propertiesSet = new ArrayList<>();

    /** A fresh, empty output root URI on the store, e.g. {@code hdfs://127.0.0.1:port/name-uuid}. */
    protected abstract String freshRoot(String name);

    /** The Hadoop settings that reach the store (without the {@code spark.hadoop.} prefix). */
    protected abstract Map<String, String> settings();

    @BeforeEach
    void settingsAsSparkProperties() {
        settings().forEach((k, v) -> {
            System.setProperty("spark.hadoop." + k, v);
            propertiesSet.add("spark.hadoop." + k);
        });
    }

    @AfterEach
    void clearSettings() {
        propertiesSet.forEach(System::clearProperty);
        propertiesSet.clear();
    }

    private Path open(String uri) throws Exception {
        return StorePaths.of(uri, settings());
    }

    private Path spec(String name, String... lines) throws Exception {
        Path spec = dir.resolve(name + ".yaml");
        List<String> all = new ArrayList<>(List.of("name: " + name));
        all.addAll(List.of(lines));
        all.add("");
        Files.writeString(spec, String.join("\n", all));
        return spec;
    }

    private static CliRun ok(String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exitCode(), String.join(" ", args) + "\n" + r.out() + r.err());
        return r;
    }

    @Test
    void aSweepOnTheStoreEqualsTheLocalRunBitForBitAndEveryCommandReadsIt() throws Exception {
        Path spec = spec("onstore", "kernel: twolayer-sgd",
                "fixed: {dim: 1, size: 24, periodic: true, xi: [1, 3], width: 3, time: 40, test_size: 200}",
                "grid:", "  gain: [1, 3]", "  seed: [0, 1, 2]");
        Path local = dir.resolve("local");
        String uri = freshRoot("onstore");
        ok("run", spec.toString(), "--out", local.toString(), "--master", "local[2]");
        CliRun run = ok("run", spec.toString(), "--out", uri, "--master", "local[2]");
        assertTrue(run.err().contains("6 to run"), run.err());
        assertTrue(run.out().contains(uri), "the query hint names the root: " + run.out());

        Path root = open(uri);
        assertTrue(StorePaths.isHadoop(root));
        for (Table t : Table.values()) {
            List<String> expected = TableSnapshot.of(local, t, "onstore", TableSnapshot.RUN_VOLATILE);
            assertFalse(expected.isEmpty(), t.dirName());
            assertEquals(expected, TableSnapshot.of(root, t, "onstore", TableSnapshot.RUN_VOLATILE),
                    t.dirName() + " on the store equals the local run's, every value by its bits");
        }
        OutputLayout layout = new OutputLayout(root);
        List<String> manifest = Files.readAllLines(Manifest.file(layout, Table.RUNS));
        assertEquals(layout.partFiles(Table.RUNS, "onstore").stream().map(p -> layout.root().relativize(p).toString())
                .sorted().toList(), manifest.stream().sorted().toList(), "the manifest names the committed runs files");
        for (String f : manifest) {
            assertTrue(Files.isRegularFile(layout.root().resolve(f)), f);
        }

        CliRun again = ok("run", spec.toString(), "--out", uri, "--master", "local[2]");
        assertTrue(again.err().contains("6 done") && again.err().contains("0 to run"), again.err());
        CliRun status = ok("status", "--out", uri);
        assertTrue(status.out().contains("onstore"), status.out());
        CliRun sql = ok("sql", "--out", uri, "--csv", "SELECT count(*) AS n, count(DISTINCT trial_id) AS d FROM runs");
        assertTrue(sql.out().contains("6,6"), sql.out());
        CliRun phase = ok("sql", "--out", uri, "--csv", "SELECT count(*) AS n FROM phase");
        assertTrue(phase.out().contains("2"), phase.out());
        ok("report", "onstore", "--out", uri, "--dir", dir.resolve("report").toString());
        assertTrue(Files.isRegularFile(dir.resolve("report").resolve("index.html")));
    }

    @Test
    void aKilledAttemptAndALateZombieLeaveEveryTrialExactlyOnce() throws Exception {
        TestSweep sweep = TestSweep.xSeeds("zombie", Map.of(), List.of(1.0, 2.0), 3);
        // the attempts run as on an executor of another JVM: the settings only in their WriteConf
        clearSettings();
        String uri = freshRoot("zombie");
        Path root = open(uri);
        OutputLayout layout = new OutputLayout(root);
        WriteConf conf = new WriteConf(root.toString(), "zombie", "c", sweep.specHash(), settings());
        List<TrialSpec> first = sweep.trialList().subList(0, 3);
        String chunk = Chunk.idOf(first);

        ChunkCommitter killed = new ChunkCommitter(conf, sweep.kernel(), () -> {
            throw new SimulatedDeath(); // an Error, as a dying JVM: the attempt's files stay behind
        });
        assertThrows(SimulatedDeath.class, () -> killed.commit(killed.openStaging(chunk), chunk,
                outcomes(sweep, first, "killed")));
        CountDownLatch zombieWrote = new CountDownLatch(1);
        CountDownLatch winnerDone = new CountDownLatch(1);
        ChunkCommitter zombie = new ChunkCommitter(conf, sweep.kernel(), () -> {
            zombieWrote.countDown();
            try {
                assertTrue(winnerDone.await(120, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        CompletableFuture<Boolean> late = CompletableFuture.supplyAsync(() -> {
            try {
                return zombie.commit(zombie.openStaging(chunk), chunk, outcomes(sweep, first, "zombie"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(zombieWrote.await(120, TimeUnit.SECONDS));
        ChunkCommitter winner = new ChunkCommitter(conf, sweep.kernel());
        assertTrue(winner.commit(winner.openStaging(chunk), chunk, outcomes(sweep, first, "winner")));
        winnerDone.countDown();
        assertFalse(late.get(120, TimeUnit.SECONDS), "the zombie finds the record and loses");
        List<String> before = listed(layout, Table.RUNS, "zombie");
        assertEquals(2, before.size(), "the winner's runs file and the killed attempt's orphan: " + before);
        String orphan = before.stream().filter(f -> !committedNames(layout, "zombie").contains(f)).findFirst().orElseThrow();
        assertEquals(3, RunsIndex.read(layout, "zombie").size(), "only the winner's rows count");

        settingsAsSparkProperties();
        SparkSession spark = SparkSessions.create("local[2]");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try {
            new SweepRunner(() -> spark, new PrintStream(log, true, StandardCharsets.UTF_8),
                    new SweepRunner.Options(layout, false, false, 500, "test-commit")).run(sweep);
        } finally {
            spark.stop();
        }
        String text = log.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("3 done") && text.contains("3 to run"), text);
        RunsIndex index = RunsIndex.read(layout, "zombie");
        assertEquals(6, index.size());
        Set<String> ids = new HashSet<>();
        for (TrialSpec t : sweep.trialList()) {
            ids.add(t.trialId());
            assertTrue(index.fileOf(t.trialId()) != null, t.trialId());
        }
        assertEquals(6, ids.size());
        List<String> after = listed(layout, Table.RUNS, "zombie");
        assertFalse(after.contains(orphan), "the next run removed the orphan " + orphan);
        assertEquals(committedNames(layout, "zombie"), after, "every file left is a committed one");
        List<String> rows = TableSnapshot.of(root, Table.RUNS, "zombie", Set.of());
        assertEquals(6, rows.size());
        assertEquals(3, rows.stream().filter(r -> r.contains("executor: winner")).count(), rows.toString());
    }

    @Test
    void aSigkilledDriverReRunRunsOnlyTheTrialsItHadNotCommitted() throws Exception {
        int n = 24;
        Path spec = spec("killed", "kernel: test-kernel", "fixed: {mode: sleep, sleep_ms: 250}", "grid:",
                "  seed: {range: [0, " + n + "]}");
        String uri = freshRoot("killed");
        OutputLayout layout = new OutputLayout(open(uri));
        Process child = startCli(List.of("run", spec.toString(), "--out", uri, "--master", "local[2]"));
        int committedChunks;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (layout.partFiles(Table.RUNS, "killed").size() < 2 && System.nanoTime() < deadline) {
                assertTrue(child.isAlive(), "the child run ended early: " + childLog());
                Thread.sleep(50);
            }
        } finally {
            child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no cleanup
        }
        committedChunks = layout.partFiles(Table.RUNS, "killed").size();
        long committed = RunsIndex.read(layout, "killed").size();
        assertTrue(committedChunks >= 2 && committed < n, "killed mid-run after " + committed + " of " + n + ": "
                + childLog());
        assertTrue(Files.exists(layout.lockFile()), "a SIGKILLed run leaves its lock");

        CliRun rerun = ok("run", spec.toString(), "--out", uri, "--master", "local[2]");
        assertTrue(rerun.err().contains("took over the stale lock of a killed local run: pid " + child.pid()),
                rerun.err());
        assertTrue(rerun.err().contains(committed + " done") && rerun.err().contains((n - committed) + " to run"),
                rerun.err());
        CliRun counts = ok("sql", "--out", uri, "--csv",
                "SELECT count(*) AS n, count(DISTINCT trial_id) AS d FROM runs WHERE sweep = 'killed'");
        assertTrue(counts.out().contains(n + "," + n), counts.out());
        assertFalse(Files.exists(layout.lockFile()), "the re-run released its lock");
    }

    @Test
    void aSecondDriverOnTheRootGetsTheLockMessage() throws Exception {
        Path spec = spec("locked", "kernel: test-kernel", "grid:", "  seed: [0, 1]");
        String uri = freshRoot("locked");
        OutputLayout layout = new OutputLayout(open(uri));
        // not in-process: a cluster run's lock is never taken over automatically
        try (OutputLock held = OutputLock.acquire(layout.lockFile(), "run other.yaml", false)) {
            CliRun second = CliRun.of("run", spec.toString(), "--out", uri, "--master", "local[2]");
            assertNotEquals(0, second.exitCode());
            assertTrue(second.err().contains("is locked by another run: pid " + ProcessHandle.current().pid()),
                    second.err());
            assertEquals(1, second.err().strip().lines().count(), "one line: " + second.err());
            assertEquals(List.of(), listed(layout, Table.RUNS, "locked"), "nothing written");
        }
        assertFalse(Files.exists(layout.lockFile()));
        ok("run", spec.toString(), "--out", uri, "--master", "local[2]");
    }

    @Test
    void ofRunsRacingToTakeOverADeadRunsLockExactlyOneWins() throws Exception {
        OutputLayout layout = new OutputLayout(open(freshRoot("race")));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        LockRace.exactlyOneTakesOver(layout.lockFile(), gone.pid(), 6);
        try (Stream<Path> left = Files.list(layout.root())) {
            assertEquals(List.of(), left.toList(), "lock released, takeover markers removed");
        }
    }

    /** An attempt's JVM dying between its files and its record. */
    private static final class SimulatedDeath extends Error {
        private static final long serialVersionUID = 1L;
    }

    private static List<TrialOutcome> outcomes(TestSweep sweep, List<TrialSpec> trials, String executor) {
        TrialExecutor ex = new TrialExecutor(executor, () -> false);
        List<TrialOutcome> out = new ArrayList<>();
        for (TrialSpec t : trials) {
            out.add(ex.run(sweep.kernel(), t));
        }
        return out;
    }

    private static List<String> committedNames(OutputLayout layout, String sweep) {
        return layout.partFiles(Table.RUNS, sweep).stream().map(p -> p.getFileName().toString()).sorted().toList();
    }

    /** Every file in the sweep's partition of {@code t}, committed or not. */
    private static List<String> listed(OutputLayout layout, Table t, String sweep) throws Exception {
        Path dir = layout.partitionDir(t, sweep);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Process startCli(List<String> args) throws Exception {
        List<String> properties = new ArrayList<>();
        settings().forEach((k, v) -> properties.add("-Dspark.hadoop." + k + "=" + v));
        List<String> mainAndArgs = new ArrayList<>(List.of(Main.class.getName()));
        mainAndArgs.addAll(args);
        return ChildJvm.start(properties, mainAndArgs, dir.resolve("child.log"));
    }

    private String childLog() {
        try {
            return Files.readString(dir.resolve("child.log"));
        } catch (Exception e) {
            return "(no log: " + e + ")";
        }
    }

    /** A unique name under the store's test prefix. */
    protected static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
