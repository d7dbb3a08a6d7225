package org.rfsweep.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.rfsweep.store.HadoopNioFileSystem;
import org.rfsweep.store.HadoopNioPath;

/** Recursive deletion of bookkeeping directories. */
public final class FileTrees {
    private FileTrees() {
    }

    /** Deletes {@code root} and everything below it; a missing root is fine. */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        if (root instanceof HadoopNioPath h) { // one recursive call instead of a listing and a request per file
            ((HadoopNioFileSystem) h.getFileSystem()).hadoop().delete(h.hadoopPath(), true);
            return;
        }
        List<Path> paths;
        try (Stream<Path> s = Files.walk(root)) {
            paths = s.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }

    /** Like {@link #delete} but never throws: used in finally blocks, where the cleanup is best effort. */
    public static void deleteQuietly(Path root) {
        try {
            delete(root);
        } catch (IOException | RuntimeException e) {
            // best effort: a leftover staging directory is removed by the next run's janitor
        }
    }
}
