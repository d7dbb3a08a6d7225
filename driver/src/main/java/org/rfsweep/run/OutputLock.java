package org.rfsweep.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;

/**
 * One writer per output root: a lock file created atomically ({@code O_CREAT|O_EXCL}) holding the
 * holder's pid, host, start time and whether its executors live inside it (local mode). A second
 * writer fails with a message naming the holder.
 *
 * <p>A lock left by a killed run is <em>stale</em>. When its holder ran in local mode on this
 * host and its pid is dead, every writer it had died with it, so the lock is taken over (the
 * takeover is reported through {@link #takenOver()}). Any other stale lock, from a run on a
 * cluster whose executors may outlive their driver for a while, or from another host sharing
 * the filesystem, is reported with the command that removes it, never broken automatically.
 */
public final class OutputLock implements AutoCloseable {
    private final Path file;
    private final String token;
    private final String takenOver;
    private boolean released;

    private OutputLock(Path file, String token, String takenOver) {
        this.file = file;
        this.token = token;
        this.takenOver = takenOver;
    }

    /** Takes the lock for a run whose executors live in this JVM (local mode). */
    public static OutputLock acquire(Path file, String command) throws IOException {
        return acquire(file, command, true);
    }

    /**
     * Takes the lock at {@code file}, taking over a stale lock of a dead local-mode run on this host.
     *
     * @param inProcess whether this run's executors live in this JVM (a local master), so that
     *                  they cannot outlive it
     * @throws LockHeldException naming the holder, if another run holds the lock
     */
    public static OutputLock acquire(Path file, String command, boolean inProcess) throws IOException {
        Files.createDirectories(file.getParent());
        String token = describeSelf(command, inProcess);
        String takenOver = null;
        while (true) {
            try {
                Files.writeString(Files.createFile(file), token, StandardCharsets.UTF_8);
                return new OutputLock(file, token, takenOver);
            } catch (FileAlreadyExistsException e) {
                String stale = takenOver == null ? readTakeoverCandidate(file) : null;
                if (stale == null || !retire(file, stale)) {
                    throw new LockHeldException(heldMessage(file));
                }
                takenOver = describeHolder(parse(stale));
            }
        }
    }

    /**
     * The holder this lock replaced ("pid … on … since …"), when it took over a stale lock, or null.
     */
    public String takenOver() {
        return takenOver;
    }

    private static String describeSelf(String command, boolean inProcess) {
        return "pid=" + ProcessHandle.current().pid() + "\nhost=" + Hosts.localName() + "\nstarted=" + Instant.now()
                + "\nin_process=" + inProcess + "\ncommand=" + command + "\n";
    }

    /** The lock's content if it may be taken over (dead local-mode holder on this host), else null. */
    private static String readTakeoverCandidate(Path file) throws IOException {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
        Properties holder = parse(content);
        boolean takeable = "true".equals(holder.getProperty("in_process"))
                && Hosts.localName().equals(holder.getProperty("host")) && isDead(holder.getProperty("pid", "?"));
        return takeable ? content : null;
    }

    /**
     * Moves the stale lock aside atomically, so that of two runs taking it over only one succeeds;
     * if what was moved is not the stale lock read before (another run took over in between), it
     * is put back and the takeover fails.
     */
    private static boolean retire(Path file, String stale) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".stale-" + ProcessHandle.current().pid() + "-"
                + System.nanoTime());
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            return true; // someone removed it meanwhile: just try to create ours
        }
        if (stale.equals(Files.readString(aside, StandardCharsets.UTF_8))) {
            Files.delete(aside);
            return true;
        }
        Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE);
        return false;
    }

    private static Properties parse(String content) throws IOException {
        Properties p = new Properties();
        p.load(new java.io.StringReader(content));
        return p;
    }

    private static String describeHolder(Properties holder) {
        return String.format(Locale.ROOT, "pid %s on %s since %s (%s)", holder.getProperty("pid", "?"),
                holder.getProperty("host", "?"), holder.getProperty("started", "?"),
                holder.getProperty("command", "?"));
    }

    /** The one-line message for a lock held by someone else. */
    static String heldMessage(Path file) throws IOException {
        Properties holder;
        try {
            holder = parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return "output " + file.getParent() + " was locked by another run that has just finished; try again";
        }
        String who = describeHolder(holder);
        if (Hosts.localName().equals(holder.getProperty("host")) && isDead(holder.getProperty("pid", "?"))) {
            return "output " + file.getParent() + " has a stale lock from " + who
                    + ", which is no longer running; once its executors have stopped too and no other run uses "
                    + "this output, remove it with: rm " + file;
        }
        return "output " + file.getParent() + " is locked by another run: " + who
                + "; wait for it to finish or use another --out";
    }

    private static boolean isDead(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
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
