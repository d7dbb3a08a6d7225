package org.rfsweep.run;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Properties;

/**
 * The run an output lock names, as its file records it: {@code pid}, {@code host}, {@code started},
 * {@code in_process} (its executors live in its JVM), {@code command}, and, for a run inside a
 * SLURM allocation, {@code slurm_job} and {@code slurm_cluster}. Locks written before the SLURM
 * keys existed simply lack them.
 */
final class LockHolder {
    private final Properties p;

    private LockHolder(Properties p) {
        this.p = p;
    }

    static LockHolder parse(String content) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(content));
        return new LockHolder(p);
    }

    /** The lock file's content for this process. */
    static String describeSelf(String command, boolean inProcess, SlurmJobs slurm) {
        StringBuilder b = new StringBuilder().append("pid=").append(ProcessHandle.current().pid())
                .append("\nhost=").append(Hosts.localName()).append("\nstarted=").append(java.time.Instant.now())
                .append("\nin_process=").append(inProcess).append("\ncommand=").append(command).append('\n');
        slurm.currentJob().ifPresent(job -> b.append("slurm_job=").append(job).append('\n'));
        slurm.currentCluster().ifPresent(c -> b.append("slurm_cluster=").append(c).append('\n'));
        return b.toString();
    }

    /** "pid … on … since … (command)", as messages name the holder. */
    String describe() {
        return String.format(Locale.ROOT, "pid %s on %s since %s (%s)", p.getProperty("pid", "?"),
                p.getProperty("host", "?"), p.getProperty("started", "?"), p.getProperty("command", "?"));
    }

    /** On this host and its pid is no longer running. */
    boolean deadOnThisHost() {
        return Hosts.localName().equals(p.getProperty("host")) && isDead(p.getProperty("pid", "?"));
    }

    /** A dead local-mode run on this host: every writer it had died with it. */
    boolean deadLocalRun() {
        return "true".equals(p.getProperty("in_process")) && deadOnThisHost();
    }

    /** The SLURM job it ran in, or null. */
    String slurmJob() {
        String job = p.getProperty("slurm_job");
        return job == null || job.isBlank() ? null : job.strip();
    }

    /** The SLURM cluster of that job, or null if not recorded. */
    String slurmCluster() {
        String c = p.getProperty("slurm_cluster");
        return c == null || c.isBlank() ? null : c.strip();
    }

    private static boolean isDead(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(h -> !h.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
