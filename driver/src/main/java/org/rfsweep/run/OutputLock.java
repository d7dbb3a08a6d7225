package org.rfsweep.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.rfsweep.kernel.Sha256;
import org.rfsweep.store.StorePaths;
import org.rfsweep.table.ChunkFiles;

/**
 * One writer per output root: a lock file created atomically ({@code O_CREAT|O_EXCL}) holding the
 * holder's pid, host, start time, whether its executors live inside it (local mode) and, inside a
 * SLURM allocation, its job id (see {@link LockHolder}). A second writer fails with a message
 * naming the holder.
 *
 * <p>A lock left by a killed run is <em>stale</em>, and is taken over (the takeover is reported
 * through {@link #takenOver()} and {@link #takeoverReason()}) when every writer of that run is
 * known to be gone: its holder ran in local mode on this host and its pid is dead (its executors
 * died with it), or its holder ran in another SLURM job that SLURM reports as ended or no longer
 * knows (SLURM has stopped every process of a job that ended). Any other stale lock, from a
 * cluster run whose executors may outlive their driver for a while, from another host sharing the
 * filesystem, or from a SLURM job whose state cannot be learnt from here, is reported with the
 * command that removes it, never broken automatically.
 */
public final class OutputLock implements AutoCloseable {
    private final Path file;
    private final String token;
    private final String takenOver;
    private final String takeoverReason;
    private boolean released;

    private OutputLock(Path file, String token, String takenOver, String takeoverReason) {
        this.file = file;
        this.token = token;
        this.takenOver = takenOver;
        this.takeoverReason = takeoverReason;
    }

    /** Takes the lock for a run whose executors live in this JVM (local mode). */
    public static OutputLock acquire(Path file, String command) throws IOException {
        return acquire(file, command, true);
    }

    /**
     * Takes the lock at {@code file}, taking over a stale lock whose run is known to be gone.
     *
     * @param inProcess whether this run's executors live in this JVM (a local master), so that
     *                  they cannot outlive it
     * @throws LockHeldException naming the holder, if another run holds the lock
     */
    public static OutputLock acquire(Path file, String command, boolean inProcess) throws IOException {
        return acquire(file, command, inProcess, SlurmJobs.fromEnvironment());
    }

    /** As {@link #acquire(Path, String, boolean)}, asking {@code slurm} about SLURM jobs. */
    static OutputLock acquire(Path file, String command, boolean inProcess, SlurmJobs slurm) throws IOException {
        Files.createDirectories(file.getParent());
        String token = LockHolder.describeSelf(command, inProcess, slurm);
        String takenOver = null;
        String reason = null;
        while (true) {
            // the commit records' primitive: create if absent, content in one write
            if (ChunkFiles.createIfAbsent(file, token.getBytes(StandardCharsets.UTF_8))) {
                return new OutputLock(file, token, takenOver, reason);
            }
            String stale = takenOver == null ? read(file) : null;
            Verdict v = stale == null ? null : judge(file, LockHolder.parse(stale), slurm);
            if (v == null || v.reason() == null || !retire(file, stale)) {
                throw new LockHeldException(v != null && v.reason() == null ? v.refusal() : heldMessage(file, slurm));
            }
            takenOver = LockHolder.parse(stale).describe();
            reason = v.reason();
        }
    }

    /**
     * The holder this lock replaced ("pid … on … since …"), when it took over a stale lock, or null.
     */
    public String takenOver() {
        return takenOver;
    }

    /**
     * Why the replaced holder was known to be gone ("a killed local run", or "a run whose SLURM job
     * has ended (…)"), when this lock took over a stale one, or null.
     */
    public String takeoverReason() {
        return takeoverReason;
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Either the reason the holder may be taken over, or (reason null) the message refusing it. */
    private record Verdict(String reason, String refusal) {
    }

    private static Verdict judge(Path file, LockHolder holder, SlurmJobs slurm) {
        if (holder.deadLocalRun()) {
            return new Verdict("a killed local run", null);
        }
        String job = holder.slurmJob();
        if (job == null || job.equals(slurm.currentJob().orElse(null))) {
            return new Verdict(null, refusal(file, holder, ""));
        }
        SlurmJobs.JobState state = slurm.query(job, holder.slurmCluster());
        return switch (state.kind()) {
            case GONE -> new Verdict("a run whose SLURM job has ended (" + state.detail() + ")", null);
            case ALIVE -> new Verdict(null, "output " + file.getParent() + " is locked by another run: "
                    + holder.describe() + " in SLURM job " + job + " (" + state.detail()
                    + "); wait for it to finish or use another --out");
            case UNKNOWN -> new Verdict(null, refusal(file, holder, " in SLURM job " + job
                    + ", whose state could not be learnt (" + state.detail() + ")"));
        };
    }

    /** The message for a holder that is not taken over; {@code slurmNote} adds what SLURM said of it. */
    private static String refusal(Path file, LockHolder holder, String slurmNote) {
        String who = holder.describe() + slurmNote;
        if (holder.deadOnThisHost()) {
            return "output " + file.getParent() + " has a stale lock from " + who
                    + ", which is no longer running; once its executors have stopped too and no other run uses "
                    + "this output, remove it with: " + removeCommand(file);
        }
        if (!slurmNote.isEmpty()) {
            return "output " + file.getParent() + " is locked by another run: " + who
                    + "; if that job has ended and no other run uses this output, remove it with: "
                    + removeCommand(file);
        }
        return "output " + file.getParent() + " is locked by another run: " + who
                + "; wait for it to finish or use another --out";
    }

    /** The shell command that removes {@code file}: rm on POSIX, Hadoop's own client on HDFS and object stores. */
    private static String removeCommand(Path file) {
        return (StorePaths.isHadoop(file) ? "hadoop fs -rm " : "rm ") + file;
    }

    /**
     * Removes the stale lock so that of several runs taking it over only one succeeds, with no
     * rename (object stores have none): the taker first creates a marker named after the stale
     * lock's content, with the lock's own create-if-absent, and only the run that created it may
     * delete the lock, and only while the lock still holds that content. Lock contents never
     * repeat (pid, host and start instant), so a slow taker that wins the marker after the first
     * has finished finds other content and leaves it. The marker goes when the takeover is done.
     */
    private static boolean retire(Path file, String stale) throws IOException {
        Path marker = file.resolveSibling(file.getFileName() + ".retiring-" + Sha256.hex(stale, 16));
        if (!ChunkFiles.createIfAbsent(marker, stale.getBytes(StandardCharsets.UTF_8))) {
            return false; // another run is taking it over right now
        }
        try {
            String now = read(file);
            if (now == null) {
                return true; // someone removed it meanwhile: just try to create ours
            }
            if (!now.equals(stale)) {
                return false; // taken over already, by a run that holds it now
            }
            Files.deleteIfExists(file);
            return true;
        } finally {
            Files.deleteIfExists(marker);
        }
    }

    /** The one-line message for a lock held by someone else, read afresh. */
    static String heldMessage(Path file, SlurmJobs slurm) throws IOException {
        String content = read(file);
        if (content == null) {
            return "output " + file.getParent() + " was locked by another run that has just finished; try again";
        }
        Verdict v = judge(file, LockHolder.parse(content), slurm);
        return v.reason() == null ? v.refusal()
                : "output " + file.getParent() + " is locked by another run: " + LockHolder.parse(content).describe()
                        + "; try again";
    }

    /** Removes the lock file if it is still ours. Idempotent. */
    @Override
    public synchronized void close() throws IOException {
        if (released) {
            return;
        }
        released = true;
        try {
            if (token.equals(Files.readString(file, StandardCharsets.UTF_8))) {
                Files.delete(file);
            }
        } catch (NoSuchFileException e) {
            // already gone (removed by hand): nothing to release
        }
    }

    /** Another run holds the lock; the message names it. */
    public static final class LockHeldException extends IOException {
        private static final long serialVersionUID = 1L;

        public LockHeldException(String message) {
            super(message);
        }
    }
}
