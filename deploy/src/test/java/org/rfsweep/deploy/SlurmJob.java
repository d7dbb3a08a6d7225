package org.rfsweep.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One sweep submitted with deploy/slurm/submit.sh to a {@link SlurmTestCluster}: its job id, its
 * output file and job directory, and the processes that belong to it: those its batch script
 * recorded (batch shell, master, srun, driver, workers), their descendants (the executors), and
 * every process whose environment names the job (SLURM_JOB_ID, which SLURM sets and every child
 * inherits), so that a stray process of the job is found even once its parent has gone.
 */
final class SlurmJob {
    private static final Pattern PID = Pattern.compile("[0-9]+");

    private final SlurmTestCluster cluster;
    private final String id;
    private final Path logs;

    private SlurmJob(SlurmTestCluster cluster, String id, Path logs) {
        this.cluster = cluster;
        this.id = id;
        this.logs = logs;
    }

    /**
     * Runs {@code submit.sh SPEC --logs LOGS ARGS...} (bounded); fails unless it submitted a job.
     * Its messages go to {@code log}.
     */
    static SlurmJob submit(SlurmTestCluster cluster, Path spec, Path logs, Path log, List<String> args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Scripts.DEPLOY_DIR.resolve("slurm/submit.sh").toString(),
                spec.toString(), "--logs", logs.toString()));
        cmd.addAll(args);
        Path stdout = Files.createTempFile(log.getParent(), "submit-", ".out");
        Process p = cluster.builder(cmd).directory(Scripts.DEPLOY_DIR.getParent().toFile())
                .redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("submit.sh did not finish within 240 s:\n" + Scripts.tail(log));
        }
        String out = Files.readString(stdout, StandardCharsets.UTF_8).strip();
        if (p.exitValue() != 0 || !PID.matcher(out).matches()) {
            throw new AssertionError("submit.sh exited with " + p.exitValue() + ", stdout '" + out + "':\n"
                    + Scripts.tail(log));
        }
        return new SlurmJob(cluster, out, logs);
    }

    String id() {
        return id;
    }

    /** The job's stdout and stderr (the driver's progress and summary, the batch script's messages). */
    Path outputFile() {
        return logs.resolve("slurm-" + id + ".out");
    }

    String output() {
        try {
            return Files.readString(outputFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no job output yet: " + e.getMessage() + ")";
        }
    }

    /** The job output and the logs of its Spark daemons, for failure messages. */
    String diagnostics() {
        StringBuilder b = new StringBuilder("job ").append(id).append(" output:\n").append(Scripts.tail(outputFile()));
        Path dir = logs.resolve("job-" + id).resolve("logs");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                b.append("\n--- ").append(f.getFileName()).append(":\n").append(Scripts.tail(f));
            }
        } catch (IOException e) {
            b.append("\n(no logs in ").append(dir).append(')');
        }
        return b.toString();
    }

    /** Whether squeue still lists the job. */
    boolean listed() throws IOException, InterruptedException {
        return cluster.listed(id);
    }

    /** Waits until squeue no longer lists the job; fails after {@code seconds}. */
    void awaitGone(long seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (listed()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + id + " still listed by squeue after " + seconds + " s\n"
                        + diagnostics());
            }
            Thread.sleep(250);
        }
    }

    /** JobState, ExitCode, ... as scontrol reports them (the test cluster keeps ended jobs 10 min). */
    Map<String, String> record() throws IOException, InterruptedException {
        return cluster.job(id);
    }

    /**
     * The processes the job's scripts recorded (pids and pids-NODE of its directory: "PID START
     * NAME"), by name (batch, master, srun, driver, worker-NODE), those still running.
     */
    Map<String, ProcessHandle> recorded() throws IOException {
        Map<String, ProcessHandle> named = new java.util.TreeMap<>();
        Path dir = logs.resolve("job-" + id);
        if (!Files.isDirectory(dir)) {
            return named;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "pids*")) {
            for (Path f : files) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length >= 3 && PID.matcher(fields[0]).matches()) {
                        ProcessHandle.of(Long.parseLong(fields[0])).ifPresent(h -> named.put(fields[2], h));
                    }
                }
            }
        }
        return named;
    }

    /** Every process of the job now: recorded, their descendants, and those whose environment names it. */
    Set<ProcessHandle> processes() throws IOException {
        Set<ProcessHandle> all = new LinkedHashSet<>(recorded().values());
        for (ProcessHandle p : List.copyOf(all)) {
            p.descendants().forEach(all::add);
        }
        all.addAll(withJobInEnvironment());
        return all;
    }

    /**
     * Processes whose environment holds SLURM_JOB_ID=id and this cluster's SLURM_CONF (job ids of
     * another SLURM on the machine may be the same), read from /proc; unreadable ones are skipped.
     */
    List<ProcessHandle> withJobInEnvironment() throws IOException {
        byte[] needle = ("SLURM_JOB_ID=" + id).getBytes(StandardCharsets.UTF_8);
        byte[] conf = ("SLURM_CONF=" + cluster.env().get("SLURM_CONF")).getBytes(StandardCharsets.UTF_8);
        List<ProcessHandle> found = new ArrayList<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"))) {
            for (Path proc : procs) {
                String name = proc.getFileName().toString();
                if (!PID.matcher(name).matches() || Long.parseLong(name) == ProcessHandle.current().pid()) {
                    continue;
                }
                byte[] env;
                try {
                    env = Files.readAllBytes(proc.resolve("environ"));
                } catch (IOException | SecurityException e) {
                    continue; // exited meanwhile, or not ours to read
                }
                if (holdsEntry(env, needle) && holdsEntry(env, conf)) {
                    ProcessHandle.of(Long.parseLong(name)).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    /** Whether the NUL-separated environment block holds exactly the entry {@code entry}. */
    private static boolean holdsEntry(byte[] env, byte[] entry) {
        int start = 0;
        for (int i = 0; i <= env.length; i++) {
            if (i == env.length || env[i] == 0) {
                if (i - start == entry.length && java.util.Arrays.equals(env, start, i, entry, 0, entry.length)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** One line per process: pid and command, for failure messages. */
    static String describe(Iterable<ProcessHandle> processes) {
        StringBuilder b = new StringBuilder();
        for (ProcessHandle p : processes) {
            b.append("\n  ").append(p.pid()).append(' ').append(p.info().commandLine().orElse("?"));
        }
        return b.toString();
    }
}
