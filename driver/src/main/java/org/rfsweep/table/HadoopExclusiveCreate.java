package org.rfsweep.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.rfsweep.store.ExclusiveCreate;

/**
 * The commit protocol's one primitive, create-if-absent of a small file ({@link ChunkFiles#createIfAbsent}
 * on POSIX), on a Hadoop filesystem: the seam through which commit records and the lock reach HDFS
 * and S3A. The race itself is {@link ExclusiveCreate}'s (also behind {@code CREATE_NEW} on the
 * {@code org.rfsweep.store} java.nio file system), whose comment says how HDFS and S3A decide it;
 * this adds the boolean answer. {@code HdfsExclusiveCreateTest} proves it on an in-process HDFS,
 * {@code S3ExclusiveCreateTest} on S3A against {@code moto_server}.
 *
 * <p>The local filesystem's {@code create} checks then creates (not atomic), so {@code file:} is
 * refused here: use {@link ChunkFiles#createIfAbsent}.
 */
public final class HadoopExclusiveCreate {
    private HadoopExclusiveCreate() {
    }

    /** Creates {@code file} holding {@code content} unless it exists; true if this call created it. */
    public static boolean createIfAbsent(FileSystem fs, Path file, byte[] content) throws IOException {
        String scheme = fs.getUri().getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            throw new IllegalArgumentException("Hadoop's local create is not atomic; use ChunkFiles.createIfAbsent for "
                    + file);
        }
        try (OutputStream out = ExclusiveCreate.open(fs, file)) {
            out.write(content);
        } catch (FileAlreadyExistsException e) {
            return false; // another attempt won; its file stays
        }
        return true;
    }
}
