package org.rfsweep.table;

import java.io.IOException;
import java.util.Locale;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FSDataOutputStreamBuilder;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.ipc.RemoteException;

/**
 * The commit protocol's one primitive, create-if-absent of a small file ({@link ChunkFiles#createIfAbsent}
 * on POSIX), on a Hadoop filesystem: the seam through which commit records and the lock reach HDFS
 * and S3A. Not yet used by the CLI (its data layer still reads and writes {@code java.nio} paths);
 * {@code HdfsExclusiveCreateTest} proves it on an in-process HDFS, {@code S3ExclusiveCreateTest} on
 * S3A against {@code moto_server}.
 *
 * <p>Implementation note: on HDFS, {@code create} without overwrite is decided by the NameNode, so
 * exactly one of several racing creators succeeds. A loser gets {@link FileAlreadyExistsException}
 * once the winner's file exists, or, while the winner still holds the file's lease (its stream not
 * yet closed), a {@link RemoteException} wrapping {@code AlreadyBeingCreatedException}, which
 * {@code DFSClient} does not unwrap: both mean "another attempt won". On S3A the option
 * {@code fs.option.create.conditional.overwrite} (Hadoop 3.4.2, the version Spark 4.1.3 ships; the
 * PUT carries {@code If-None-Match: *} and fails at close with 412, which S3A reports as its
 * {@code RemoteFileChangedException}, matched by name since hadoop-aws is no dependency of the
 * driver) is demanded with {@code must}, so an S3A without conditional writes
 * ({@code fs.s3a.create.conditional.enabled=false}) fails instead of silently overwriting. The
 * local filesystem's {@code create} checks then creates (not atomic), so {@code file:} is refused
 * here: use {@link ChunkFiles#createIfAbsent}.
 */
public final class HadoopExclusiveCreate {
    /** Hadoop's createFile() option for a conditional (If-None-Match) PUT on S3A. */
    static final String CONDITIONAL = "fs.option.create.conditional.overwrite";

    private HadoopExclusiveCreate() {
    }

    /** Creates {@code file} holding {@code content} unless it exists; true if this call created it. */
    public static boolean createIfAbsent(FileSystem fs, Path file, byte[] content) throws IOException {
        String scheme = fs.getUri().getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            throw new IllegalArgumentException("Hadoop's local create is not atomic; use ChunkFiles.createIfAbsent for "
                    + file);
        }
        FSDataOutputStreamBuilder<?, ?> builder = fs.createFile(file).overwrite(false).recursive();
        if (scheme.startsWith("s3")) {
            builder.must(CONDITIONAL, true);
        }
        try (FSDataOutputStream out = builder.build()) {
            out.write(content);
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (RemoteException e) {
            if (e.getClassName().endsWith("AlreadyBeingCreatedException")) {
                return false;
            }
            throw e;
        } catch (IOException e) {
            if (scheme.startsWith("s3") && e.getClass().getName().endsWith(".RemoteFileChangedException")) {
                return false; // S3A's translation of 412 Precondition Failed: the object exists
            }
            throw e;
        }
        return true;
    }
}
