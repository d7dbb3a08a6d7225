package org.rfsweep.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same sweep on a real multi-JVM Spark standalone cluster on 127.0.0.1 (one master and two
 * one-core workers started by start-cluster.sh, drivers started by submit.sh with the packaged
 * rfsweep-spark.jar): it equals the local-mode result bit for bit, survives a SIGKILLed executor
 * and a SIGKILLed driver with every trial exactly once, and a second driver on the same output is
 * turned away by the lock; and it writes to an {@code hdfs://} root as well. Every wait is bounded; the cluster and every driver are killed at the end
 * whatever happened.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterIT {
    private static final String SWEEP = "cluster-it";
    /** cluster-it.yaml: 4 gains x 2 input kinds x 3 seeds. */
    private static final int TRIALS = 24;
    private static final long RUN_TIMEOUT_S = 240;

    @TempDir
    static Path tmp;
    private static StandaloneCluster cluster;
    private static SparkSession spark;
    private static Path spec;
    private static Map<String, Row> reference;
    private static final List<Driver> drivers = new CopyOnWriteArrayList<>();
    /** Kills drivers and cluster if the JVM is stopped before {@link #stopEverything()} (e.g. a fork timeout). */
    private static final Thread KILL_ON_EXIT = new Thread(StandaloneClusterIT::killNow, "cluster-it-cleanup");

    @BeforeAll
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    static void startCluster() throws Exception {
        spec = copySpec(SWEEP);
        Runtime.getRuntime().addShutdownHook(KILL_ON_EXIT);
        cluster = StandaloneCluster.start(tmp.resolve("cluster"), 2);
        spark = SparkSession.builder().master("local[1]").appName("cluster-it-reader")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    static void stopEverything() throws Exception {
        Runtime.getRuntime().removeShutdownHook(KILL_ON_EXIT);
        try {
            for (Driver d : drivers) {
                d.close();
            }
        } finally {
            try {
                if (cluster != null) {
                    cluster.close();
                }
            } finally {
                if (spark != null) {
                    spark.stop();
                }
            }
        }
    }

    @Test
    @Order(1)
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void clusterRunEqualsLocalRunBitForBit() throws Exception {
        Path out = tmp.resolve("cluster-out");
        Driver d = submit(null, "cluster-run.log", "run", spec.toString(), "--out", out.toString());
        assertEquals(0, d.await(RUN_TIMEOUT_S), d::tail);
        Map<String, Row> rows = RunsTables.read(spark, out, SWEEP);
        RunsTables.assertSameResults(reference(), rows, TRIALS);
        Set<String> executors = new TreeSet<>();
        rows.values().forEach(r -> executors.add(r.getAs("executor")));
        assertEquals(2, executors.size(), "both executors of the cluster ran trials: " + executors);
        assertFalse(executors.stream().anyMatch(e -> e.startsWith("driver@")), "no trial ran in local mode");
    }

    @Test
    @Order(2)
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void sweepSurvivesSigkillOfAnExecutor() throws Exception {
        Map<String, Row> expected = reference();
        Path out = tmp.resolve("executor-kill-out");
        Driver d = submit(null, "executor-kill.log", "run", spec.toString(), "--out", out.toString());
        awaitCondition(d, 180, "a committed chunk while both executors run",
                () -> committed(out) >= 1 && cluster.executors().size() == 2);
        assertOnlyLoopbackListeners(d);

        ProcessHandle victim = cluster.executors().get(0);
        int rowsBefore = RunsTables.read(spark, out, SWEEP).size();
        assertTrue(victim.destroyForcibly(), "SIGKILL executor " + victim.pid());
        assertTrue(d.isAlive(), "the driver ended before the kill: nothing was tested");
        assertTrue(rowsBefore < TRIALS, "the sweep was complete before the kill: nothing was tested");

        assertEquals(0, d.await(RUN_TIMEOUT_S), d::tail);
        assertFalse(victim.isAlive(), "the killed executor is gone");
        RunsTables.assertSameResults(expected, RunsTables.read(spark, out, SWEEP), TRIALS);
    }

    @Test
    @Order(3)
    @Timeout(value = 360, unit = TimeUnit.SECONDS)
    void killedDriverResumesWithOnlyTheMissingTrials() throws Exception {
        Map<String, Row> expected = reference();
        Path out = tmp.resolve("driver-kill-out");
        Driver first = submit(null, "driver-kill-1.log", "run", spec.toString(), "--out", out.toString());
        awaitCondition(first, 180, "a committed chunk", () -> committed(out) >= 1);
        first.kill();
        // Executors of the dead driver may still finish (and commit) the chunk they hold; they
        // exit once they notice the driver is gone. Only then is the output stable.
        awaitQuiet(120);
        Map<String, Row> before = RunsTables.read(spark, out, SWEEP);
        assertTrue(!before.isEmpty() && before.size() < TRIALS,
                "the kill must land mid-sweep; rows before the re-run: " + before.size());

        long rerunStartMicros = System.currentTimeMillis() * 1000;
        Driver second = submit(null, "driver-kill-2.log", "run", spec.toString(), "--out", out.toString());
        int code = second.await(RUN_TIMEOUT_S);
        if (code != 0 && second.output().contains("stale lock")) {
            // The lock of a killed driver is reported, never broken silently; the message names
            // the file to remove. Nothing may have been written by the refused run.
            assertEquals(before, RunsTables.read(spark, out, SWEEP), "a refused run wrote nothing");
            Files.delete(out.resolve("_rfsweep.lock"));
            second = submit(null, "driver-kill-3.log", "run", spec.toString(), "--out", out.toString());
            code = second.await(RUN_TIMEOUT_S);
        }
        assertEquals(0, code, second::tail);
        String summary = (TRIALS - before.size()) + " trials run (" + (TRIALS - before.size()) + " ok";
        assertTrue(second.output().contains(summary), "expected \"" + summary + "\" in:\n" + second.tail());

        Map<String, Row> after = RunsTables.read(spark, out, SWEEP);
        RunsTables.assertSameResults(expected, after, TRIALS);
        for (Map.Entry<String, Row> e : after.entrySet()) {
            Row old = before.get(e.getKey());
            long started = micros(e.getValue().getAs("started"));
            if (old != null) {
                assertEquals(micros(old.getAs("started")), started, "trial " + e.getKey() + " ran again");
            } else {
                assertTrue(started >= rerunStartMicros, "trial " + e.getKey() + " is missing from the re-run");
            }
        }
    }

    @Test
    @Order(4)
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void secondDriverOnTheSameOutputIsTurnedAway() throws Exception {
        Path out = tmp.resolve("lock-out");
        Path lock = out.resolve("_rfsweep.lock");
        Driver holder = submit(null, "lock-holder.log", "run", spec.toString(), "--out", out.toString());
        awaitCondition(holder, 180, "the lock file and a committed chunk",
                () -> Files.exists(lock) && committed(out) >= 1);
        String holderLock = Files.readString(lock, StandardCharsets.UTF_8);

        String other = "cluster-it-other";
        Driver second = submit("local[1]", "lock-second.log", "run", copySpec(other).toString(), "--out",
                out.toString());
        assertEquals(2, second.await(120), second::tail);
        assertTrue(second.output().contains("is locked by another run"), second::tail);
        assertTrue(holder.isAlive(), "the first driver must still hold the lock for this test to mean anything");
        assertEquals(holderLock, Files.readString(lock, StandardCharsets.UTF_8), "the lock still names the holder");
        try (Stream<Path> all = Files.walk(out)) {
            List<Path> written = all.filter(p -> p.toString().contains(other)).toList();
            assertEquals(List.of(), written, "the refused driver wrote nothing");
        }
        holder.kill(); // the holder's own completion is what the other tests check
    }

    /**
     * The cluster's executors, separate JVMs, write to an {@code hdfs://} root (an in-process
     * MiniDFSCluster): they reopen the root from their tasks, and the result equals the local run's.
     */
    @Test
    @Order(5)
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void clusterRunOnHdfsEqualsLocalRunBitForBit() throws Exception {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, tmp.resolve("hdfs").toString());
        MiniDFSCluster hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        try {
            hdfs.waitActive();
            FileSystem fs = hdfs.getFileSystem();
            String out = fs.getUri() + "/cluster-it";
            Driver d = submit(null, "hdfs-run.log", "run", spec.toString(), "--out", out);
            assertEquals(0, d.await(RUN_TIMEOUT_S), d::tail);
            Path copy = tmp.resolve("hdfs-copy");
            fs.copyToLocalFile(false, new org.apache.hadoop.fs.Path(out), new org.apache.hadoop.fs.Path(copy.toUri()),
                    true);
            Map<String, Row> rows = RunsTables.read(spark, copy, SWEEP);
            RunsTables.assertSameResults(reference(), rows, TRIALS);
            Set<String> executors = new TreeSet<>();
            rows.values().forEach(r -> executors.add(r.getAs("executor")));
            assertFalse(executors.stream().anyMatch(e -> e.startsWith("driver@")), "no trial ran in local mode: "
                    + executors);
            assertFalse(fs.exists(new org.apache.hadoop.fs.Path(out + "/_rfsweep.lock")), "lock released");
        } finally {
            hdfs.shutdown();
        }
    }

    private static void killNow() {
        drivers.forEach(Driver::close);
        if (cluster != null) {
            cluster.killNow();
        }
    }

    /** The local[2] result of the same spec, computed once through the same packaged jar. */
    private static synchronized Map<String, Row> reference() throws Exception {
        if (reference == null) {
            Path out = tmp.resolve("local-out");
            Driver d = submit("local[2]", "local-run.log", "run", spec.toString(), "--out", out.toString());
            assertEquals(0, d.await(RUN_TIMEOUT_S), d::tail);
            reference = RunsTables.read(spark, out, SWEEP);
            assertEquals(TRIALS, reference.size(), "trials in the local run");
        }
        return reference;
    }

    private static Driver submit(String master, String logName, String... args) throws IOException {
        Driver d = Driver.submit(cluster.stateDir(), master, tmp.resolve(logName), args);
        drivers.add(d);
        return d;
    }

    /** The test spec with its sweep name set to {@code name}. */
    private static Path copySpec(String name) throws IOException {
        String text;
        try (var in = StandaloneClusterIT.class.getResourceAsStream("/cluster-it.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path p = tmp.resolve(name + ".yaml");
        Files.writeString(p, text.replace("name: " + SWEEP + "\n", "name: " + name + "\n"), StandardCharsets.UTF_8);
        return p;
    }

    private static int committed(Path out) {
        try {
            return RunsTables.committedChunks(out, SWEEP);
        } catch (IOException e) {
            return 0; // the partition directory appeared or changed while listing
        }
    }

    /** Polls {@code condition}; fails if the driver exits first or the bound passes. */
    private static void awaitCondition(Driver d, long seconds, String what, BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (!d.isAlive()) {
                fail("the driver exited before " + what + ":\n" + d.tail());
            }
            if (System.nanoTime() > deadline) {
                fail("no " + what + " within " + seconds + " s:\n" + d.tail());
            }
            Thread.sleep(100);
        }
    }

    /** Waits until no executor runs on the cluster (the application of a killed driver is gone). */
    private static void awaitQuiet(long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!cluster.executors().isEmpty()) {
            if (System.nanoTime() > deadline) {
                fail("executors still running " + seconds + " s after their driver was killed");
            }
            Thread.sleep(200);
        }
    }

    /** Master, workers, executors and the driver listen on 127.0.0.1 only. */
    private static void assertOnlyLoopbackListeners(Driver d) throws IOException {
        List<Long> pids = new ArrayList<>();
        cluster.daemons().forEach(p -> pids.add(p.pid()));
        cluster.executors().forEach(p -> pids.add(p.pid()));
        pids.add(d.handle().pid());
        List<LoopbackSockets.Listener> listeners = LoopbackSockets.listeners(pids);
        assertTrue(listeners.size() >= 6, "expected the master, worker, executor and driver ports: " + listeners);
        List<LoopbackSockets.Listener> beyond = listeners.stream().filter(l -> !l.loopback()).toList();
        assertEquals(List.of(), beyond, "sockets listening beyond loopback");
    }

    private static long micros(Object timestamp) {
        Timestamp t = (Timestamp) timestamp;
        return t.getTime() / 1000 * 1_000_000 + t.getNanos() / 1000;
    }
}
