package org.rfsweep.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.opentest4j.TestAbortedException;

/**
 * A real one-node SLURM (munged, slurmctld, slurmd) started by deploy/slurm/test-cluster.sh under
 * a state directory of its own, and the client commands (sbatch, squeue, scontrol, scancel) run
 * against it. {@link #close()} cancels its jobs and stops exactly the daemons it started (and, if
 * the stop script fails, kills their recorded pids); should this JVM die first, the script's
 * watchdog ({@code --owner-pid}) stops them.
 */
final class SlurmTestCluster implements AutoCloseable {
    static final Path SCRIPT = Scripts.DEPLOY_DIR.resolve("slurm/test-cluster.sh");
    /** test-cluster.sh's exit code for "SLURM cannot be installed or started here". */
    private static final int UNAVAILABLE = 3;

    private final Path stateDir;
    private final Path log;
    private final List<ProcessHandle> daemons = new ArrayList<>();

    private SlurmTestCluster(Path stateDir) {
        this.stateDir = stateDir;
        this.log = stateDir.resolve("test-cluster.log");
    }

    /**
     * Starts the cluster, or aborts the calling test (a skip, with the script's reason) when SLURM
     * cannot be installed or started on this machine.
     */
    static SlurmTestCluster start(Path stateDir) throws IOException, InterruptedException {
        Files.createDirectories(stateDir);
        SlurmTestCluster c = new SlurmTestCluster(stateDir);
        int code;
        try {
            code = script(c.log, 420, "start", "--state-dir", stateDir.toString(), "--timeout", "90",
                    "--owner-pid", Long.toString(ProcessHandle.current().pid()));
        } finally {
            c.recordDaemons();
        }
        if (code == UNAVAILABLE) {
            c.close();
            String why = Files.readAllLines(c.log).stream().filter(l -> l.contains("SLURM unavailable"))
                    .reduce((a, b) -> b).orElse(Scripts.tail(c.log));
            throw new TestAbortedException("skipped: " + why);
        }
        if (code != 0) {
            c.close();
            throw new AssertionError("test-cluster.sh start exited with " + code + ":\n" + Scripts.tail(c.log));
        }
        return c;
    }

    private static int script(Path log, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(SCRIPT.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("test-cluster.sh " + args[0] + " did not finish within " + timeoutSeconds
                    + " s:\n" + Scripts.tail(log));
        }
        return p.exitValue();
    }

    private void recordDaemons() throws IOException {
        Path pids = stateDir.resolve("pids");
        if (Files.exists(pids)) {
            for (String line : Files.readAllLines(pids, StandardCharsets.UTF_8)) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 2) {
                    ProcessHandle.of(Long.parseLong(f[0])).ifPresent(daemons::add);
                }
            }
        }
    }

    /** What a SLURM client needs to talk to this cluster. */
    Map<String, String> env() {
        return Map.of("SLURM_CONF", stateDir.resolve("slurm.conf").toString());
    }

    /** A process builder with this cluster's client environment. */
    ProcessBuilder builder(List<String> cmd) {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env());
        return pb;
    }

    /** Runs a SLURM client command (bounded) and returns its exit code and output. */
    Result run(String... cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile(stateDir, "client-", ".out");
        try {
            Process p = builder(List.of(cmd)).redirectErrorStream(true).redirectOutput(out.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", cmd) + " did not finish within 30 s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8).strip());
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Whether squeue still lists the job (pending, running or completing). */
    boolean listed(String job) throws IOException, InterruptedException {
        Result r = run("squeue", "--noheader", "--jobs=" + job, "--format=%T");
        if (r.code() != 0) {
            throw new AssertionError("squeue failed: " + r.output());
        }
        return !r.output().isEmpty();
    }

    /** The job's fields from {@code scontrol show job -o} (JobState, ExitCode, ...). */
    Map<String, String> job(String job) throws IOException, InterruptedException {
        Result r = run("scontrol", "show", "job", "-o", job);
        if (r.code() != 0) {
            throw new AssertionError("scontrol show job " + job + " failed: " + r.output());
        }
        Map<String, String> fields = new HashMap<>();
        for (String kv : r.output().split("\\s+")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                fields.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return fields;
    }

    /** The daemons this cluster started. */
    List<ProcessHandle> daemons() {
        return List.copyOf(daemons);
    }

    /** Stops the cluster and, once none of its daemons is left, removes its state directory. */
    @Override
    public void close() throws IOException {
        int code = -1;
        try {
            code = script(log, 180, "stop", "--state-dir", stateDir.toString(), "--timeout", "60");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            killNow();
        }
        if (code == 0 && daemons.stream().noneMatch(ProcessHandle::isAlive)) {
            try (var files = Files.walk(stateDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } else {
            throw new AssertionError("test-cluster.sh stop exited with " + code + "; state kept in " + stateDir
                    + ":\n" + Scripts.tail(log));
        }
    }

    /** Kills the recorded daemons at once (for a shutdown hook, or after a failed stop). */
    void killNow() {
        daemons.forEach(ProcessHandle::destroyForcibly);
    }

    record Result(int code, String output) {
    }
}
