package org.rfsweep.store;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;

/**
 * A directory's entries from one {@code listStatus} (already complete: Hadoop lists eagerly), as
 * absolute paths under the directory, filtered when iterated.
 */
final class HadoopDirectoryStream implements DirectoryStream<Path> {
    private final List<Path> entries;
    private final Filter<? super Path> filter;
    private boolean iterated;
    private boolean closed;

    HadoopDirectoryStream(HadoopNioPath dir, FileStatus[] statuses, Filter<? super Path> filter) {
        HadoopNioPath base = dir.toAbsolutePath();
        this.entries = new ArrayList<>(statuses.length);
        for (FileStatus s : statuses) {
            entries.add(base.resolve(s.getPath().getName()));
        }
        this.filter = filter;
    }

    @Override
    public Iterator<Path> iterator() {
        if (closed) {
            throw new IllegalStateException("directory stream closed");
        }
        if (iterated) {
            throw new IllegalStateException("iterator already obtained");
        }
        iterated = true;
        List<Path> accepted = new ArrayList<>(entries.size());
        for (Path p : entries) {
            try {
                if (filter == null || filter.accept(p)) {
                    accepted.add(p);
                }
            } catch (IOException e) {
                throw new DirectoryIteratorException(e);
            }
        }
        return accepted.iterator();
    }

    @Override
    public void close() {
        closed = true;
    }
}
