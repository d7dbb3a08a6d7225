package org.rfsweep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces a small file whole, so that a reader sees the old content or the new, never part of
 * either, on every store: on object stores by writing the target directly, since there an object
 * appears whole when its upload completes (a PUT replaces it atomically) while a rename would be a
 * copy; elsewhere (POSIX, HDFS) by writing a temporary sibling and renaming it over the target
 * atomically. A store that does neither fails the rename ({@code AtomicMoveNotSupportedException})
 * instead of replacing the file half-visibly. Used for the derived files written under the output lock (manifest, phase
 * inputs, spec store, refinement record, the phase table); chunks never replace anything, they
 * commit by create-if-absent.
 */
public final class Publish {
    private Publish() {
    }

    /** Replaces (or creates) {@code target} with {@code content}, creating its parent directories. */
    public static void bytes(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        if (StorePaths.publishesOnClose(target)) {
            Files.write(target, content);
            return;
        }
        Path tmp = temporarySibling(target);
        try {
            Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Puts the finished file {@code source} in place of {@code target} and removes {@code source}:
     * a copy where the store publishes a file at close, else an atomic rename.
     */
    public static void file(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        if (StorePaths.publishesOnClose(target)) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            Files.delete(source);
        } else {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A fresh hidden name next to {@code target} (a leading dot keeps readers and globs off it). */
    private static Path temporarySibling(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    }
}
