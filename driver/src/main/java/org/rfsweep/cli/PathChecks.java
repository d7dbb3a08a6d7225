package org.rfsweep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The checks on a directory option before a command creates or reads anything: a path it can
 * read, or one it can create or write into. Each failure is one {@link InvalidOptionException}
 * saying what the path is and why it cannot serve (otherwise Spark or the commit protocol would
 * fail later, naming an internal file, after the output had been created).
 */
final class PathChecks {
    private PathChecks() {
    }

    /** A directory the command reads; it may be missing (the command then says there is nothing). */
    static void readableDirectory(String option, Path path) throws InvalidOptionException {
        notEmpty(option, path);
        notDangling(option, path);
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new InvalidOptionException(option, path + " is " + kind(path) + ", not a directory");
        }
    }

    /** A directory the command writes into, creating it (and its parents) if missing. */
    static void writableDirectory(String option, Path path) throws InvalidOptionException {
        readableDirectory(option, path);
        Path existing = path.toAbsolutePath().normalize();
        while (!Files.exists(existing)) {
            notDangling(option, existing);
            existing = existing.getParent();
            if (existing == null) { // not even the filesystem's root answers (a bucket or volume that is gone)
                throw new InvalidOptionException(option, "cannot create " + path + ": its filesystem's root does not "
                        + "exist or cannot be read");
            }
        }
        if (!Files.isDirectory(existing)) {
            throw new InvalidOptionException(option, "cannot create " + path + ": " + existing + " is " + kind(existing)
                    + ", not a directory");
        }
        if (!Files.isWritable(existing)) {
            throw new InvalidOptionException(option, "cannot write into " + existing
                    + " (permission denied or a read-only filesystem); choose another directory");
        }
    }

    private static void notEmpty(String option, Path path) throws InvalidOptionException {
        if (path.toString().isBlank()) {
            throw new InvalidOptionException(option, "the path is empty; give a directory, e.g. " + option + " results");
        }
    }

    private static void notDangling(String option, Path path) throws InvalidOptionException {
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            throw new InvalidOptionException(option, path + " is a symbolic link to " + target(path)
                    + ", which does not exist; remove the link or create its target");
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a path that cannot be read";
        }
    }

    /** What a path that is not a directory is, for messages. */
    static String kind(Path path) {
        if (Files.isRegularFile(path)) {
            return "a regular file";
        }
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            return "a dangling symbolic link";
        }
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "a device, FIFO or socket" : "missing";
    }
}
