package org.rfsweep.store;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.apache.hadoop.fs.ParentNotDirectoryException;
import org.apache.hadoop.fs.PathExistsException;
import org.apache.hadoop.fs.PathIsDirectoryException;
import org.apache.hadoop.fs.PathIsNotDirectoryException;
import org.apache.hadoop.fs.PathIsNotEmptyDirectoryException;
import org.apache.hadoop.fs.PathNotFoundException;
import org.apache.hadoop.ipc.RemoteException;
import org.apache.hadoop.security.AccessControlException;

/**
 * Hadoop's exceptions as the {@code java.nio.file} ones the data layer catches
 * ({@code catch (NoSuchFileException e)}, {@code FileAlreadyExistsException} as "another attempt
 * won"), each naming the path, with the Hadoop exception as its cause. Exceptions with no
 * {@code java.nio} counterpart (network, throttling, S3A's AWS errors) pass unchanged.
 */
final class HadoopExceptions {
    private HadoopExceptions() {
    }

    /** {@code e} as the {@code java.nio} exception about {@code path} it means. */
    static IOException translate(IOException e, String path) {
        if (e instanceof FileSystemException) {
            return e; // S3A already throws java.nio's AccessDeniedException for 403
        }
        IOException cause = e;
        if (e instanceof RemoteException re) {
            // DFSClient unwraps some server-side exceptions, not all (AlreadyBeingCreatedException stays wrapped)
            if (re.getClassName().endsWith("AlreadyBeingCreatedException")) {
                return withCause(new FileAlreadyExistsException(path, null, "being created by another writer: "
                        + re.getMessage()), e);
            }
            cause = re.unwrapRemoteException(FileNotFoundException.class,
                    org.apache.hadoop.fs.FileAlreadyExistsException.class, PathIsNotEmptyDirectoryException.class,
                    ParentNotDirectoryException.class, AccessControlException.class);
        }
        String msg = cause.getMessage();
        FileSystemException out;
        if (cause instanceof FileNotFoundException || cause instanceof PathNotFoundException) {
            out = new NoSuchFileException(path, null, msg);
        } else if (cause instanceof org.apache.hadoop.fs.FileAlreadyExistsException) {
            out = new FileAlreadyExistsException(path, null, msg);
        } else if (cause instanceof PathIsNotEmptyDirectoryException) {
            out = new DirectoryNotEmptyException(path);
        } else if (cause instanceof PathIsNotDirectoryException) {
            out = new NotDirectoryException(path);
        } else if (cause instanceof PathIsDirectoryException) {
            out = new FileSystemException(path, null, "is a directory: " + msg);
        } else if (cause instanceof PathExistsException) {
            out = new FileAlreadyExistsException(path, null, msg);
        } else if (cause instanceof ParentNotDirectoryException) {
            out = new FileSystemException(path, null, "a parent is not a directory: " + msg);
        } else if (cause instanceof AccessControlException) {
            out = new AccessDeniedException(path, null, msg);
        } else {
            return e;
        }
        return withCause(out, e);
    }

    static <T extends FileSystemException> T withCause(T nio, Throwable cause) {
        nio.initCause(cause);
        return nio;
    }
}
