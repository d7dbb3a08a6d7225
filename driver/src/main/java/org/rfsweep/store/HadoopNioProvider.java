package org.rfsweep.store;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.spi.FileSystemProvider;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The provider behind every {@link HadoopNioFileSystem}: each {@code Files.*} call becomes a Hadoop
 * {@code FileSystem} call, with Hadoop's exceptions turned into the {@code java.nio} ones
 * ({@link HadoopExceptions}). One shared instance, made here and not registered through
 * {@code META-INF/services}: file systems come from {@link HadoopNioFileSystem#get}, which needs a
 * Hadoop {@link Configuration}, and an installed provider would make every JVM of the cluster load
 * it.
 *
 * <p>What differs from a POSIX file system, by design:
 * <ul>
 *   <li>{@link #checkAccess} only checks existence: READ/WRITE/EXECUTE are not enforced (Hadoop
 *       permissions, S3 policies are checked by the store when the operation runs), so
 *       {@code Files.isReadable}/{@code isWritable} report true for any existing path;</li>
 *   <li>writing creates missing parents (Hadoop's {@code create}), and {@code WRITE} always
 *       truncates; {@code APPEND} is unsupported (object stores cannot append);</li>
 *   <li>{@link #createDirectory} is {@code mkdirs} after an existence check, so it also creates
 *       parents, and two racing creators may both succeed;</li>
 *   <li>{@code SYNC}/{@code DSYNC}/{@code SPARSE} are accepted and ignored: data is durable once
 *       the stream is closed (HDFS completes the blocks, S3 stores the object);
 *       {@code DELETE_ON_CLOSE} is unsupported;</li>
 *   <li>{@code FileChannel.open} reads only;</li>
 *   <li>there are no links, owners, permissions or file stores.</li>
 * </ul>
 * Anything not supported throws {@link UnsupportedOperationException} naming the operation.
 */
public final class HadoopNioProvider extends FileSystemProvider {
    static final HadoopNioProvider INSTANCE = new HadoopNioProvider();

    private HadoopNioProvider() {
    }

    private static HadoopNioPath hadoopNio(Path p) {
        if (!(p instanceof HadoopNioPath hp)) {
            throw new ProviderMismatchException("not a Hadoop path: " + p);
        }
        hp.getFileSystem().ensureOpen();
        return hp;
    }

    private static org.apache.hadoop.fs.FileSystem fs(HadoopNioPath p) {
        return p.getFileSystem().hadoop();
    }

    private static IOException translate(IOException e, HadoopNioPath p) {
        return HadoopExceptions.translate(e, p.toAbsolutePath().toString());
    }

    /** The status of {@code p}; {@link NoSuchFileException} if it does not exist. */
    private static FileStatus status(HadoopNioPath p) throws IOException {
        try {
            return fs(p).getFileStatus(p.hadoopPath());
        } catch (IOException e) {
            throw translate(e, p);
        }
    }

    /** The status of {@code p}, or null if it does not exist. */
    private static FileStatus statusOrNull(HadoopNioPath p) throws IOException {
        try {
            return status(p);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public String getScheme() {
        return "rfsweep-hadoop";
    }

    /** With {@code env} holding a Hadoop {@link Configuration} under {@code "conf"}: {@link HadoopNioFileSystem#get}. */
    @Override
    public FileSystem newFileSystem(URI uri, Map<String, ?> env) throws IOException {
        if (!(env.get("conf") instanceof Configuration conf)) {
            throw new UnsupportedOperationException("newFileSystem needs a Hadoop Configuration under \"conf\" in env;"
                    + " use HadoopNioFileSystem.get(uri, conf)");
        }
        return HadoopNioFileSystem.get(uri, conf);
    }

    @Override
    public FileSystem getFileSystem(URI uri) {
        throw new UnsupportedOperationException("getFileSystem(URI) is not supported (it needs a Hadoop Configuration):"
                + " use HadoopNioFileSystem.get(uri, conf)");
    }

    @Override
    public Path getPath(URI uri) {
        throw new UnsupportedOperationException("getPath(URI) is not supported (it needs a Hadoop Configuration):"
                + " use HadoopNioFileSystem.get(uri, conf).getPath(uri.getPath())");
    }

    @Override
    public InputStream newInputStream(Path path, OpenOption... options) throws IOException {
        HadoopNioPath p = hadoopNio(path);
        for (OpenOption o : options) {
            if (o == StandardOpenOption.WRITE || o == StandardOpenOption.APPEND) {
                throw new UnsupportedOperationException("'" + o + "' not allowed for newInputStream");
            }
        }
        return open(p);
    }

    private static FSDataInputStream open(HadoopNioPath p) throws IOException {
        try {
            return fs(p).open(p.hadoopPath());
        } catch (FileNotFoundException e) {
            FileStatus s = statusOrNull(p); // HDFS says "not found" for a directory too
            if (s != null && s.isDirectory()) {
                throw HadoopExceptions.withCause(new FileSystemException(p.toString(), null, "Is a directory"), e);
            }
            throw translate(e, p);
        } catch (IOException e) {
            throw translate(e, p);
        }
    }

    /**
     * {@code CREATE_NEW}: exclusive create ({@link ExclusiveCreate}), where on S3A the loss of a race
     * shows only at {@code close()}, as {@link FileAlreadyExistsException}: the file is then the
     * winner's and must not be deleted. Otherwise {@code create(overwrite=true)}, creating parents;
     * without {@code CREATE} the file must exist.
     */
    @Override
    public OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
        HadoopNioPath p = hadoopNio(path);
        Set<OpenOption> opts = new HashSet<>(Arrays.asList(options));
        if (opts.isEmpty()) {
            opts = Set.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        }
        if (opts.contains(StandardOpenOption.READ)) {
            throw new IllegalArgumentException("READ not allowed for newOutputStream");
        }
        return openForWrite(p, opts);
    }

    private static OutputStream openForWrite(HadoopNioPath p, Set<? extends OpenOption> opts) throws IOException {
        for (OpenOption o : opts) {
            if (o == StandardOpenOption.APPEND) {
                throw new UnsupportedOperationException("append is not supported on " + p.getFileSystem().scheme());
            }
            if (o == StandardOpenOption.DELETE_ON_CLOSE
                    || (!(o instanceof StandardOpenOption) && o != LinkOption.NOFOLLOW_LINKS)) {
                throw new UnsupportedOperationException("open option " + o + " is not supported on "
                        + p.getFileSystem().scheme());
            }
        }
        if (opts.contains(StandardOpenOption.CREATE_NEW)) {
            return ExclusiveCreate.open(fs(p), p.hadoopPath());
        }
        if (!opts.contains(StandardOpenOption.CREATE)) {
            FileStatus s = status(p);
            if (s.isDirectory()) {
                throw new FileSystemException(p.toString(), null, "Is a directory");
            }
        }
        try {
            return new TranslatingOutputStream(fs(p).create(p.hadoopPath(), true), e -> translate(e, p));
        } catch (IOException e) {
            throw translate(e, p);
        }
    }

    /** READ: a seekable read channel ({@code Files.readAllBytes} reads through it); WRITE: write-only, as {@link #newOutputStream}. */
    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
                                              FileAttribute<?>... attrs) throws IOException {
        HadoopNioPath p = hadoopNio(path);
        noAttributes(attrs, "newByteChannel");
        boolean write = options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND);
        if (write) {
            if (options.contains(StandardOpenOption.READ)) {
                throw new UnsupportedOperationException("read-write channels are not supported on "
                        + p.getFileSystem().scheme());
            }
            return new HadoopWriteChannel(openForWrite(p, options));
        }
        return openReadChannel(p);
    }

    private static HadoopReadChannel openReadChannel(HadoopNioPath p) throws IOException {
        FileStatus s = status(p);
        if (s.isDirectory()) {
            throw new FileSystemException(p.toString(), null, "Is a directory");
        }
        return new HadoopReadChannel(open(p), s.getLen(), p.toString());
    }

    /** Reading only (positional reads too): Hadoop files cannot be written at a position. */
    @Override
    public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        HadoopNioPath p = hadoopNio(path);
        noAttributes(attrs, "newFileChannel");
        for (OpenOption o : options) {
            if (o != StandardOpenOption.READ && o != LinkOption.NOFOLLOW_LINKS) {
                throw new UnsupportedOperationException("newFileChannel with " + o + " is not supported on "
                        + p.getFileSystem().scheme() + " (read only; write with newOutputStream)");
            }
        }
        return openReadChannel(p);
    }

    @Override
    public AsynchronousFileChannel newAsynchronousFileChannel(Path path, Set<? extends OpenOption> options,
                                                              ExecutorService executor, FileAttribute<?>... attrs) {
        throw new UnsupportedOperationException("newAsynchronousFileChannel is not supported on Hadoop file systems");
    }

    @Override
    public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) {
        throw new UnsupportedOperationException("createSymbolicLink is not supported on Hadoop file systems");
    }

    @Override
    public void createLink(Path link, Path existing) {
        throw new UnsupportedOperationException("createLink is not supported on Hadoop file systems");
    }

    @Override
    public Path readSymbolicLink(Path link) {
        throw new UnsupportedOperationException("readSymbolicLink is not supported on Hadoop file systems (no links)");
    }

    @Override
    public FileSystem newFileSystem(Path path, Map<String, ?> env) {
        throw new UnsupportedOperationException("newFileSystem(Path) is not supported on Hadoop file systems");
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        HadoopNioPath p = hadoopNio(dir);
        FileStatus[] statuses;
        try {
            statuses = fs(p).listStatus(p.hadoopPath());
        } catch (IOException e) {
            throw translate(e, p);
        }
        // listStatus of a file lists the file itself
        if (statuses.length == 1 && statuses[0].isFile()
                && statuses[0].getPath().toUri().getPath().equals(p.hadoopPath().toUri().getPath())) {
            throw new NotDirectoryException(p.toString());
        }
        return new HadoopDirectoryStream(p, statuses, filter);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        HadoopNioPath p = hadoopNio(dir);
        noAttributes(attrs, "createDirectory");
        if (statusOrNull(p) != null) {
            throw new FileAlreadyExistsException(p.toString());
        }
        try {
            if (!fs(p).mkdirs(p.hadoopPath())) {
                throw new FileSystemException(p.toString(), null, "mkdirs failed");
            }
        } catch (IOException e) {
            throw translate(e, p);
        }
    }

    private static void noAttributes(FileAttribute<?>[] attrs, String op) {
        if (attrs.length > 0) {
            throw new UnsupportedOperationException(op + " with file attributes (" + attrs[0].name()
                    + ") is not supported on Hadoop file systems");
        }
    }

    @Override
    public void delete(Path path) throws IOException {
        HadoopNioPath p = hadoopNio(path);
        FileStatus s = status(p);
        try {
            if (s.isDirectory()) {
                RemoteIterator<FileStatus> children = fs(p).listStatusIterator(p.hadoopPath());
                if (children.hasNext()) {
                    throw new DirectoryNotEmptyException(p.toString());
                }
            }
            if (!fs(p).delete(p.hadoopPath(), false)) {
                if (statusOrNull(p) == null) {
                    throw new NoSuchFileException(p.toString());
                }
                throw new FileSystemException(p.toString(), null, "delete failed");
            }
        } catch (IOException e) {
            throw translate(e, p);
        }
    }

    /** Options the copy/move here understand; anything else is unsupported. */
    private static Set<CopyOption> copyOptions(CopyOption[] options, boolean move) {
        Set<CopyOption> out = new HashSet<>();
        for (CopyOption o : options) {
            if (o == StandardCopyOption.REPLACE_EXISTING || o == LinkOption.NOFOLLOW_LINKS
                    || (move && o == StandardCopyOption.ATOMIC_MOVE)) {
                out.add(o);
            } else {
                throw new UnsupportedOperationException((move ? "move" : "copy") + " option " + o
                        + " is not supported on Hadoop file systems");
            }
        }
        return out;
    }

    /**
     * A stream copy (also between two Hadoop file systems). Without {@code REPLACE_EXISTING} an
     * existing target is a {@link FileAlreadyExistsException}; with it the target is replaced
     * ({@code create(overwrite=true)}; an empty directory is deleted first). A directory source
     * makes an empty directory, as the JDK's copy does.
     */
    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
        HadoopNioPath src = hadoopNio(source);
        HadoopNioPath dst = hadoopNio(target);
        boolean replace = copyOptions(options, false).contains(StandardCopyOption.REPLACE_EXISTING);
        FileStatus s = status(src);
        if (isSameFile(src, dst)) {
            return;
        }
        prepareTarget(dst, replace, s.isDirectory());
        if (s.isDirectory()) {
            createDirectory(dst);
            return;
        }
        try (InputStream in = open(src);
             OutputStream out = new TranslatingOutputStream(fs(dst).create(dst.hadoopPath(), replace),
                     e -> translate(e, dst))) {
            in.transferTo(out);
        } catch (IOException e) {
            throw translate(e, dst);
        }
    }

    /**
     * Clears the way for a copy or non-atomic move to {@code dst}. A file replacing a file is left to
     * {@code create(overwrite=true)}, which on an object store swaps the content at close, so readers
     * never see the target missing; anything else in the way is deleted first (a directory only if
     * empty, else {@link DirectoryNotEmptyException}).
     */
    private void prepareTarget(HadoopNioPath dst, boolean replace, boolean sourceIsDirectory) throws IOException {
        FileStatus t = statusOrNull(dst);
        if (t == null) {
            return;
        }
        if (!replace) {
            throw new FileAlreadyExistsException(dst.toString());
        }
        if (t.isDirectory() || sourceIsDirectory) {
            delete(dst);
        }
    }

    /**
     * With {@code ATOMIC_MOVE}: where {@link HadoopNioFileSystem#atomicRename()}, Hadoop's
     * {@code FileContext.rename} ({@code Options.Rename.OVERWRITE} with {@code REPLACE_EXISTING},
     * else {@code NONE}); elsewhere {@link AtomicMoveNotSupportedException}, since an object store's
     * rename is a copy then a delete that a crash can leave half done. Without it: the same rename
     * where atomic; on object stores a file is copied then deleted, a directory renamed by Hadoop
     * (a tree copy).
     */
    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        HadoopNioPath src = hadoopNio(source);
        HadoopNioPath dst = hadoopNio(target);
        Set<CopyOption> opts = copyOptions(options, true);
        boolean replace = opts.contains(StandardCopyOption.REPLACE_EXISTING);
        HadoopNioFileSystem fs = src.getFileSystem();
        boolean sameFs = fs == dst.getFileSystem();
        if (opts.contains(StandardCopyOption.ATOMIC_MOVE)) {
            if (!sameFs) {
                throw new AtomicMoveNotSupportedException(src.toString(), dst.toString(),
                        "no atomic move between file systems");
            }
            if (!fs.atomicRename()) {
                throw new AtomicMoveNotSupportedException(src.toString(), dst.toString(),
                        fs.scheme() + " has no atomic rename");
            }
        }
        if (isSameFile(src, dst)) {
            status(src); // moving a file onto itself is a no-op, once it exists
            return;
        }
        if (sameFs && fs.atomicRename()) {
            rename(src, dst, replace);
            return;
        }
        FileStatus s = status(src);
        if (s.isFile() || !sameFs) {
            if (s.isDirectory() && fs(src).listStatusIterator(src.hadoopPath()).hasNext()) {
                throw new DirectoryNotEmptyException(src.toString()); // as the JDK's move of a directory across stores
            }
            copy(src, dst, replace ? new CopyOption[] {StandardCopyOption.REPLACE_EXISTING} : new CopyOption[0]);
            if (s.isDirectory()) {
                delete(src);
            } else {
                try {
                    fs(src).delete(src.hadoopPath(), false);
                } catch (IOException e) {
                    throw translate(e, src);
                }
            }
            return;
        }
        prepareTarget(dst, replace, true);
        try {
            if (!fs(src).rename(src.hadoopPath(), dst.hadoopPath())) {
                throw new FileSystemException(src.toString(), dst.toString(), "rename failed");
            }
        } catch (IOException e) {
            throw translate(e, src);
        }
    }

    private static void rename(HadoopNioPath src, HadoopNioPath dst, boolean replace) throws IOException {
        try {
            src.getFileSystem().fileContext().rename(src.hadoopPath(), dst.hadoopPath(),
                    replace ? Options.Rename.OVERWRITE : Options.Rename.NONE);
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
            throw HadoopExceptions.withCause(new FileAlreadyExistsException(dst.toString(), null, e.getMessage()), e);
        } catch (IOException e) {
            IOException t = translate(e, src);
            if (t == e && e.getMessage() != null && e.getMessage().contains("non empty")) {
                throw HadoopExceptions.withCause(new DirectoryNotEmptyException(dst.toString()), e);
            }
            throw t;
        }
    }

    /** Equal absolute, normalized paths of one file system (Hadoop has no links or hard links). */
    @Override
    public boolean isSameFile(Path path, Path path2) {
        if (!(path instanceof HadoopNioPath a) || !(path2 instanceof HadoopNioPath b)) {
            return false;
        }
        return a.getFileSystem() == b.getFileSystem()
                && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Names starting with {@code .} or {@code _}: what Hadoop's and Spark's input listings skip. */
    @Override
    public boolean isHidden(Path path) {
        HadoopNioPath name = hadoopNio(path).getFileName();
        return name != null && (name.toString().startsWith(".") || name.toString().startsWith("_"));
    }

    @Override
    public FileStore getFileStore(Path path) {
        throw new UnsupportedOperationException("getFileStore is not supported on Hadoop file systems");
    }

    /** Existence only: access modes are not enforced (see the class comment). */
    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
        status(hadoopNio(path));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
        HadoopNioPath p = hadoopNio(path);
        if (type != BasicFileAttributeView.class) {
            return null; // the contract for a view this file system does not have
        }
        return (V) new BasicFileAttributeView() {
            @Override
            public String name() {
                return "basic";
            }

            @Override
            public BasicFileAttributes readAttributes() throws IOException {
                return new HadoopFileAttributes(status(p));
            }

            @Override
            public void setTimes(FileTime lastModifiedTime, FileTime lastAccessTime, FileTime createTime) {
                throw new UnsupportedOperationException("setTimes is not supported on Hadoop file systems");
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
            throws IOException {
        HadoopNioPath p = hadoopNio(path);
        if (type != BasicFileAttributes.class) {
            throw new UnsupportedOperationException("readAttributes of " + type.getSimpleName()
                    + " is not supported on Hadoop file systems (basic only)");
        }
        return (A) new HadoopFileAttributes(status(p));
    }

    /** {@code "basic:*"}, {@code "size,lastModifiedTime"} and the like; only the basic view exists. */
    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
            throws IOException {
        HadoopNioPath p = hadoopNio(path);
        int colon = attributes.indexOf(':');
        String view = colon < 0 ? "basic" : attributes.substring(0, colon);
        if (!view.equals("basic")) {
            throw new UnsupportedOperationException("attribute view '" + view
                    + "' is not supported on Hadoop file systems (basic only)");
        }
        return new HadoopFileAttributes(status(p)).asMap(attributes.substring(colon + 1));
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) {
        throw new UnsupportedOperationException("setAttribute is not supported on Hadoop file systems");
    }
}
