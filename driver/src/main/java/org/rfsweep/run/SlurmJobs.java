package org.rfsweep.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What SLURM knows about a job: whether the job that holds an output lock is still there. The job
 * this process runs in comes from {@code SLURM_JOB_ID} and {@code SLURM_CLUSTER_NAME}; another
 * job's state from {@code squeue --noheader --jobs=ID --format=%T}, found on {@code PATH}.
 *
 * <p>A job is <em>gone</em> when squeue no longer lists it (its record has aged out, or it has
 * ended: squeue shows only pending, running and completing jobs unless asked for others), lists
 * it in a final state, or answers that the id is invalid (unknown to the controller). A job that is
 * pending, running, suspended or completing (its processes may still be stopping) is alive.
 * Anything else (no squeue, no answer within the bound, an error) leaves the question open, and
 * the caller must not assume the job is gone.
 */
public final class SlurmJobs {
    /** Final states (squeue's long names): the job's processes have been stopped by SLURM. */
    private static final Set<String> FINAL = Set.of("BOOT_FAIL", "CANCELLED", "COMPLETED", "DEADLINE", "FAILED",
            "NODE_FAIL", "OUT_OF_MEMORY", "PREEMPTED", "TIMEOUT", "REVOKED", "SPECIAL_EXIT");

    private final Map<String, String> env;
    private final long timeoutMillis;

    /**
     * @param env           the environment: {@code SLURM_JOB_ID}, {@code SLURM_CLUSTER_NAME}, and
     *                      the {@code PATH} (and {@code SLURM_CONF}) squeue runs with
     * @param timeoutMillis how long squeue may take before the answer counts as unknown
     */
    public SlurmJobs(Map<String, String> env, long timeoutMillis) {
        this.env = Map.copyOf(env);
        this.timeoutMillis = timeoutMillis;
    }

    /** This process's environment, squeue bounded to 15 s (a controller that does not answer). */
    public static SlurmJobs fromEnvironment() {
        return new SlurmJobs(System.getenv(), 15_000);
    }

    /** The SLURM job this process runs in, if any. */
    public Optional<String> currentJob() {
        return nonBlank(env.get("SLURM_JOB_ID"));
    }

    /** The SLURM cluster this process runs in, if known. */
    public Optional<String> currentCluster() {
        return nonBlank(env.get("SLURM_CLUSTER_NAME"));
    }

    /**
     * The state of job {@code jobId} of cluster {@code cluster} (null if not recorded), as SLURM
     * reports it from here.
     */
    public JobState query(String jobId, String cluster) {
        if (!jobId.matches("[0-9]+(_[0-9]+)?")) {
            return JobState.unknown("the recorded SLURM job id '" + jobId + "' is not a job id");
        }
        Optional<String> here = currentCluster();
        if (cluster != null && here.isPresent() && !here.get().equals(cluster)) {
            return JobState.unknown("it belongs to SLURM cluster " + cluster + " and this is cluster " + here.get());
        }
        return ask(jobId);
    }

    private JobState ask(String jobId) {
        Optional<Path> squeue = onPath("squeue");
        if (squeue.isEmpty()) {
            return JobState.unknown("squeue is not on the PATH");
        }
        ProcessBuilder pb = new ProcessBuilder(List.of(squeue.get().toString(), "--noheader", "--jobs=" + jobId,
                "--format=%T")).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return JobState.unknown("squeue could not be run (" + e.getMessage() + ")");
        }
        try {
            p.getOutputStream().close();
            if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return JobState.unknown("squeue gave no answer within " + timeoutMillis / 1000.0 + " s");
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return interpret(jobId, p.exitValue(), out);
        } catch (IOException e) {
            return JobState.unknown("squeue failed (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return JobState.unknown("interrupted while asking squeue");
        }
    }

    /** The program {@code name} in {@link #env}'s PATH (the JVM would look in its own PATH instead). */
    private Optional<Path> onPath(String name) {
        for (String dir : env.getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** squeue's exit code and output (one state per line: a job array's tasks share an id) to a state. */
    static JobState interpret(String jobId, int exit, String out) {
        if (exit != 0) {
            return out.contains("Invalid job id")
                    ? JobState.gone("SLURM does not know job " + jobId + " any more")
                    : JobState.unknown("squeue failed: " + firstLine(out));
        }
        if (out.isEmpty()) {
            return JobState.gone("squeue no longer lists job " + jobId);
        }
        for (String state : out.split("\\R")) {
            String s = state.strip().toUpperCase(Locale.ROOT);
            if (!FINAL.contains(s)) {
                return JobState.alive("SLURM job " + jobId + " is " + s);
            }
        }
        return JobState.gone("SLURM job " + jobId + " has ended (" + out.lines().findFirst().orElse("").strip() + ")");
    }

    private static String firstLine(String s) {
        return s.isEmpty() ? "(no output)" : s.lines().findFirst().orElse(s);
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    /** Whether a job is alive, gone, or could not be found out; {@code detail} says which and why. */
    public record JobState(Kind kind, String detail) {
        public enum Kind { ALIVE, GONE, UNKNOWN }

        static JobState alive(String detail) {
            return new JobState(Kind.ALIVE, detail);
        }

        static JobState gone(String detail) {
            return new JobState(Kind.GONE, detail);
        }

        static JobState unknown(String detail) {
            return new JobState(Kind.UNKNOWN, detail);
        }
    }
}
