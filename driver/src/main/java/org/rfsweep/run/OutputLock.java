package org.rfsweep.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;

/**
 * One writer per output root: a lock file created atomically ({@code O_CREAT|O_EXCL}) holding the
 * holder's pid, host and start time. A second writer fails with a message naming the holder; a
 * lock whose pid is dead on this host is reported as stale, with the command that removes it
 * (never removed automatically: the holder might be on a host sharing the filesystem).
 */
public final class OutputLock implements AutoCloseable {
    private final Path file;
    private final String token;
    private boolean released;

    private OutputLock(Path file, String token) {
        this.file = file;
        this.token = token;
    }

    /**
     * Takes the lock at {@code file}.
     *
     * @throws LockHeldException naming the holder, if the lock exists
     */
    public static OutputLock acquire(Path file, String command) throws IOException {
        Files.createDirectories(file.getParent());
        String token = describeSelf(command);
        try {
            Files.writeString(Files.createFile(file), token, StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            throw new LockHeldException(heldMessage(file));
        }
        return new OutputLock(file, token);
    }

    private static String describeSelf(String command) {
        return "pid=" + ProcessHandle.current().pid() + "\nhost=" + Hosts.localName() + "\nstarted=" + Instant.now()
                + "\ncommand=" + command + "\n";
    }

    /** The one-line message for a lock held by someone else. */
    static String heldMessage(Path file) throws IOException {
        Properties holder = new Properties();
        try {
            holder.load(new java.io.StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return "output " + file.getParent() + " was locked by another run that has just finished; try again";
        }
        String pid = holder.getProperty("pid", "?");
        String host = holder.getProperty("host", "?");
        String who = String.format(Locale.ROOT, "pid %s on %s since %s (%s)", pid, host,
                holder.getProperty("started", "?"), holder.getProperty("command", "?"));
        if (host.equals(Hosts.localName()) && isDead(pid)) {
            return "output " + file.getParent() + " has a stale lock from " + who
                    + ", which is no longer running; if no other run uses this output, remove it with: rm "
                    + file;
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
