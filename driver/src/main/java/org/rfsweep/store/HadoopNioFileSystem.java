package org.rfsweep.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.ClosedFileSystemException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;

/**
 * A {@code java.nio} file system over one Hadoop {@link org.apache.hadoop.fs.FileSystem} (one
 * {@code scheme://authority}), so the data layer's {@code Files.*} calls reach HDFS and S3A without
 * rewriting it against Hadoop's API.
 *
 * <p>Instances are cached per (scheme, authority, configuration entries other than the defaults):
 * the same arguments give the same instance, hence equal paths. Each owns its Hadoop file system, made with
 * {@link org.apache.hadoop.fs.FileSystem#newInstance}, not {@code get}: the Hadoop cache's instance
 * is shared with Spark and others, and closing it under them fails their next call with
 * "Filesystem closed". Owning ours lets {@link #close()} release it (connections, S3A's thread
 * pools) without touching anyone else's.
 */
public final class HadoopNioFileSystem extends FileSystem {
    /** Schemes whose rename of a file is atomic and can replace: FileContext.rename with OVERWRITE. */
    private static final Set<String> ATOMIC_RENAME = Set.of("hdfs", "viewfs", "webhdfs", "swebhdfs", "o3fs", "ofs");
    /** Object stores where create(overwrite) becomes visible whole at close: one PUT replaces the object. */
    private static final Set<String> PUBLISH_ON_CLOSE = Set.of("s3a", "s3", "gs", "abfs", "abfss", "wasb", "wasbs",
            "oss", "cosn");

    private static final Map<Key, HadoopNioFileSystem> CACHE = new HashMap<>();

    private record Key(String scheme, String authority, Map<String, String> conf) {
    }

    private final Key key;
    private final org.apache.hadoop.fs.FileSystem hadoop;
    private final Configuration conf;
    private final String scheme;
    private final String uriPrefix;
    private volatile FileContext fileContext;
    private volatile boolean open = true;

    private HadoopNioFileSystem(Key key, org.apache.hadoop.fs.FileSystem hadoop, Configuration conf) {
        this.key = key;
        this.hadoop = hadoop;
        this.conf = conf;
        URI u = hadoop.getUri();
        this.scheme = u.getScheme().toLowerCase(Locale.ROOT);
        this.uriPrefix = u.getScheme() + "://" + (u.getAuthority() == null ? "" : u.getAuthority());
    }

    /**
     * The file system of {@code uri}'s scheme and authority (its path is ignored), cached: the same
     * arguments give the same instance until it is {@linkplain #close closed}. {@code conf} is
     * copied, so changing it later changes neither this instance nor its cache key.
     */
    public static HadoopNioFileSystem get(URI uri, Configuration conf) throws IOException {
        Objects.requireNonNull(uri, "uri");
        if (uri.getScheme() == null) {
            throw new IllegalArgumentException("no scheme in " + uri + ": expected e.g. hdfs://nn/path or s3a://bucket/");
        }
        Configuration copy = new Configuration(conf);
        Key key = new Key(uri.getScheme().toLowerCase(Locale.ROOT), uri.getAuthority(), settings(copy));
        synchronized (CACHE) {
            HadoopNioFileSystem fs = CACHE.get(key);
            if (fs == null) {
                URI root = URI.create(uri.getScheme() + "://" + (uri.getAuthority() == null ? "" : uri.getAuthority())
                        + "/");
                fs = new HadoopNioFileSystem(key, org.apache.hadoop.fs.FileSystem.newInstance(root, copy), copy);
                CACHE.put(key, fs);
            }
            return fs;
        }
    }

    /**
     * The entries of {@code conf} that are not the defaults' ({@code *-default.xml} and the site
     * files): what tells two configurations apart. Comparing all entries would not do, since
     * Hadoop adds default resources as classes load ({@code hdfs-default.xml} with the HDFS
     * client), so a {@code new Configuration()} made later has entries an earlier one lacks though
     * both mean the same settings. Costs a fresh default configuration per call: get a file
     * system once per output root, not per path.
     */
    private static Map<String, String> settings(Configuration conf) {
        Configuration defaults = new Configuration();
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : conf) {
            if (!e.getValue().equals(defaults.getRaw(e.getKey()))) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** The Hadoop file system every operation goes to; owned by this instance (see the class comment). */
    public org.apache.hadoop.fs.FileSystem hadoop() {
        return hadoop;
    }

    /** The configuration this file system was made with (a copy of the caller's). */
    public Configuration conf() {
        return conf;
    }

    /**
     * True where rename of a file is atomic and can replace its target (HDFS and its views, Ozone):
     * {@link HadoopNioProvider#move} with {@code ATOMIC_MOVE} uses {@code FileContext.rename}. False on
     * object stores (s3a, gs, abfs, wasb, oss, cosn, ...), whose rename is a copy then a delete, and on
     * any scheme not known to be atomic.
     */
    public boolean atomicRename() {
        return ATOMIC_RENAME.contains(scheme);
    }

    /**
     * True on object stores (S3A, GCS, ABFS/WASB, OSS, COS) where a file written with {@code create(overwrite)}
     * becomes visible whole, at close: a single PUT replaces the object atomically, so readers see
     * the old or the new content, never a part. That gives "replace a small file atomically" without
     * rename.
     */
    public boolean publishesOnClose() {
        return PUBLISH_ON_CLOSE.contains(scheme);
    }

    /** The scheme in lower case, as the messages name it. */
    String scheme() {
        return scheme;
    }

    /** {@code scheme://authority}, prefixed to an absolute path's string. */
    String uriPrefix() {
        return uriPrefix;
    }

    /** Hadoop's FileContext for rename with {@code Options.Rename}, which FileSystem's public rename lacks. */
    FileContext fileContext() throws IOException {
        FileContext fc = fileContext;
        if (fc == null) {
            fc = FileContext.getFileContext(hadoop.getUri(), conf);
            fileContext = fc;
        }
        return fc;
    }

    void ensureOpen() {
        if (!open) {
            throw new ClosedFileSystemException();
        }
    }

    @Override
    public HadoopNioProvider provider() {
        return HadoopNioProvider.INSTANCE;
    }

    /**
     * Closes the Hadoop file system this instance owns and drops it from the cache, so the next
     * {@link #get} with the same arguments makes a new one. Paths of this instance then fail with
     * {@link ClosedFileSystemException}.
     */
    @Override
    public void close() throws IOException {
        synchronized (CACHE) {
            if (!open) {
                return;
            }
            open = false;
            CACHE.remove(key, this);
        }
        hadoop.close();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public String getSeparator() {
        return "/";
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        return List.of(new HadoopNioPath(this, "/"));
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        throw new UnsupportedOperationException("getFileStores is not supported on " + scheme);
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return Set.of("basic");
    }

    /**
     * A path of this file system: {@code "/a/b"} is absolute, {@code "a/b"} relative. A full URI
     * string of this file system ({@code hdfs://nn:8020/a/b}, what {@link HadoopNioPath#toString}
     * gives) is taken as its path; one of another scheme or authority is refused.
     */
    @Override
    public HadoopNioPath getPath(String first, String... more) {
        if (first.contains("://")) {
            if (!first.startsWith(uriPrefix + "/") && !first.equals(uriPrefix)) {
                throw new InvalidPathException(first, "not a path of " + uriPrefix);
            }
            first = first.equals(uriPrefix) ? "/" : first.substring(uriPrefix.length());
        }
        return new HadoopNioPath(this, HadoopNioPath.clean(first, more));
    }

    /** Matches the path's string form with the JDK's {@code glob:}/{@code regex:} syntax. */
    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher(syntaxAndPattern);
        return p -> p instanceof HadoopNioPath hp
                && matcher.matches(java.nio.file.Paths.get(hp.pathString().isEmpty() ? "" : hp.pathString()));
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        throw new UnsupportedOperationException("getUserPrincipalLookupService is not supported on " + scheme);
    }

    @Override
    public WatchService newWatchService() {
        throw new UnsupportedOperationException("newWatchService is not supported on " + scheme);
    }

    @Override
    public String toString() {
        return uriPrefix + "/";
    }
}
