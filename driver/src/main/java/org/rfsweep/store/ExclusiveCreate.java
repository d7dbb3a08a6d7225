package org.rfsweep.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.util.Locale;
import org.apache.hadoop.fs.FSDataOutputStreamBuilder;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Create-if-absent on a Hadoop file system ({@code CREATE_NEW}): of several racing creators exactly
 * one succeeds, the others get {@link FileAlreadyExistsException}. The commit protocol's one
 * primitive (commit records, the lock), shared by {@link HadoopNioProvider} and
 * {@code org.rfsweep.table.HadoopExclusiveCreate}.
 *
 * <p>On HDFS, {@code create} without overwrite is decided by the NameNode at open. A loser gets
 * Hadoop's {@code FileAlreadyExistsException} once the winner's file exists, or, while the winner
 * still holds the file's lease (its stream not yet closed), a {@code RemoteException} wrapping
 * {@code AlreadyBeingCreatedException}, which {@code DFSClient} does not unwrap: both mean "another
 * attempt won".
 *
 * <p>On S3A nothing exists until the stream's close PUTs the object, so the race is decided only
 * then: the option {@value #CONDITIONAL} (Hadoop 3.4.2, the version Spark 4.1.3 ships) makes that
 * PUT carry {@code If-None-Match: *}, and a loser's close fails with 412, which S3A reports as its
 * {@code RemoteFileChangedException} (matched by class name, since hadoop-aws is no dependency of
 * the driver). So the <b>stream's close</b> throws {@link FileAlreadyExistsException}: callers must
 * treat that as "another won" and must never delete the file then, since it is the winner's. The
 * option is demanded with {@code must}, so an S3A without conditional writes
 * ({@code fs.s3a.create.conditional.enabled=false}) fails instead of silently overwriting.
 *
 * <p>The local file system's {@code create} checks then creates (not atomic), so {@code file:} is
 * refused.
 */
public final class ExclusiveCreate {
    /** Hadoop's createFile() option for a conditional (If-None-Match) PUT on S3A. */
    public static final String CONDITIONAL = "fs.option.create.conditional.overwrite";

    private ExclusiveCreate() {
    }

    /**
     * Opens {@code file} for writing if it does not exist, creating missing parents. Throws
     * {@link FileAlreadyExistsException} here (HDFS, or S3A finding the object) or from the returned
     * stream's {@code close()} (S3A losing the race at the PUT).
     *
     * @throws UnsupportedOperationException on {@code file:}, whose create is not atomic
     */
    public static OutputStream open(FileSystem fs, Path file) throws IOException {
        String scheme = fs.getUri().getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            throw new UnsupportedOperationException("exclusive create (CREATE_NEW) is not atomic on file: " + file);
        }
        String where = fs.makeQualified(file).toString();
        boolean s3 = scheme.startsWith("s3");
        FSDataOutputStreamBuilder<?, ?> builder = fs.createFile(file).overwrite(false).recursive();
        if (s3) {
            builder.must(CONDITIONAL, true);
        }
        OutputStream out;
        try {
            out = builder.build();
        } catch (IOException e) {
            throw HadoopExceptions.translate(e, where);
        }
        return new TranslatingOutputStream(out, e -> {
            if (s3 && e.getClass().getName().endsWith(".RemoteFileChangedException")) {
                // S3A's translation of 412 Precondition Failed: another creator's object exists
                return HadoopExceptions.withCause(new FileAlreadyExistsException(where, null,
                        "created by another writer first (conditional PUT failed)"), e);
            }
            return HadoopExceptions.translate(e, where);
        });
    }
}
