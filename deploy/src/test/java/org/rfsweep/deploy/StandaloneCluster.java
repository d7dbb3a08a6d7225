package org.rfsweep.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A standalone cluster on 127.0.0.1 started by deploy/standalone/start-cluster.sh and stopped by
 * stop-cluster.sh. {@link #close()} always leaves no process behind: if the stop script fails, the
 * recorded PIDs (checked against their start instants, so a recycled PID is never touched) and
 * their descendants (the executors) are killed directly; and should this JVM die without cleaning
 * up, the script's watchdog ({@code --owner-pid}) stops the cluster.
 */
final class StandaloneCluster implements AutoCloseable {
    private final Path stateDir;
    private final Path log;
    private final Properties env = new Properties();
    private final List<ProcessHandle> started = new ArrayList<>();

    private StandaloneCluster(Path stateDir) {
        this.stateDir = stateDir;
        this.log = stateDir.resolve("scripts.log");
    }

    /** Starts {@code workers} workers of one core each; fails (after cleaning up) within the bound. */
    static StandaloneCluster start(Path stateDir, int workers) throws IOException, InterruptedException {
        Files.createDirectories(stateDir);
        StandaloneCluster c = new StandaloneCluster(stateDir);
        int code;
        try {
            code = Scripts.run("start-cluster.sh", c.log, 150, "--workers", Integer.toString(workers), "--cores", "1",
                    "--memory", "1g", "--state-dir", stateDir.toString(), "--timeout", "120",
                    "--owner-pid", Long.toString(ProcessHandle.current().pid()));
        } finally {
            c.recordStarted();
        }
        if (code != 0) {
            c.close();
            throw new AssertionError("start-cluster.sh exited with " + code + ":\n" + Scripts.tail(c.log));
        }
        try (var in = Files.newBufferedReader(stateDir.resolve("cluster.env"), StandardCharsets.UTF_8)) {
            c.env.load(in);
        }
        return c;
    }

    /** Reads the PIDs file, so that {@link #close()} can clean up even if the script failed half way. */
    private void recordStarted() throws IOException {
        Path pids = stateDir.resolve("pids");
        if (!Files.exists(pids)) {
            return;
        }
        for (String line : Files.readAllLines(pids, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 2) {
                ProcessHandle.of(Long.parseLong(f[0])).ifPresent(started::add);
            }
        }
    }

    Path stateDir() {
        return stateDir;
    }

    String masterUrl() {
        return env.getProperty("MASTER_URL");
    }

    /** The master and worker processes this cluster started. */
    List<ProcessHandle> daemons() {
        return List.copyOf(started);
    }

    /** The executor JVMs currently running under the workers (CoarseGrainedExecutorBackend). */
    List<ProcessHandle> executors() {
        List<ProcessHandle> found = new ArrayList<>();
        for (ProcessHandle daemon : started) {
            daemon.descendants().filter(StandaloneCluster::isExecutor).forEach(found::add);
        }
        return found;
    }

    private static boolean isExecutor(ProcessHandle p) {
        Optional<String[]> args = p.info().arguments();
        if (args.isEmpty()) {
            return false;
        }
        for (String a : args.get()) {
            if (a.equals("org.apache.spark.executor.CoarseGrainedExecutorBackend")) {
                return true;
            }
        }
        return false;
    }

    /** Kills every process of the cluster at once (for a shutdown hook: no script, no waiting). */
    void killNow() {
        for (ProcessHandle p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    @Override
    public void close() throws IOException {
        List<ProcessHandle> executors = executors();
        try {
            Scripts.run("stop-cluster.sh", log, 60, "--state-dir", stateDir.toString(), "--timeout", "20");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // still kill everything below
        } finally {
            executors.forEach(ProcessHandle::destroyForcibly);
            killNow();
        }
    }

}
