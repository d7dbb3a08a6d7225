package org.rfsweep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileSystem;

/**
 * Output roots as paths, whatever holds them: a plain path or a {@code file:} URI is the default
 * (POSIX) filesystem as before; a Hadoop filesystem URI ({@code hdfs://nn/path},
 * {@code s3a://bucket/prefix}, ...; {@code hdfs:///path} on the cluster's {@code fs.defaultFS}) is a
 * {@link HadoopNioPath}, through which every
 * {@code java.nio.file.Files} call of the data layer reaches that filesystem. What the commit
 * protocol must know of a store, whether it renames atomically and whether a written file appears
 * whole at close, is asked here, so no caller tests a scheme.
 */
public final class StorePaths {
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+)://.*", Pattern.DOTALL);
    /** The Hadoop schemes an output root may have (each needs its connector on the classpath). */
    public static final Set<String> HADOOP_SCHEMES = Set.of("hdfs", "s3a", "gs", "abfs", "abfss", "wasb", "wasbs",
            "viewfs", "webhdfs", "swebhdfs", "ofs", "o3fs", "oss", "cosn");
    /** The Hadoop filesystems this JVM has opened, by URI and settings (see {@link #open}). */
    private static final Map<Key, HadoopNioFileSystem> OPEN = new ConcurrentHashMap<>();

    private StorePaths() {
    }

    /** The scheme of {@code value} if it is written {@code scheme://...}, lower-cased, or null. */
    public static String schemeOf(String value) {
        Matcher m = SCHEME.matcher(value);
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * The path {@code value} names: a Hadoop URI of {@link #HADOOP_SCHEMES} through its
     * filesystem, configured with {@code hadoopConf} on top of the defaults; anything else a local
     * path string.
     *
     * @throws IOException if the filesystem cannot be opened (no connector for the scheme, an
     *                     unreachable NameNode, ...)
     */
    public static Path of(String value, Map<String, String> hadoopConf) throws IOException {
        String scheme = schemeOf(value);
        if (scheme == null || !HADOOP_SCHEMES.contains(scheme)) {
            return Path.of(value);
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IOException("not a valid URI (" + e.getMessage() + ")", e);
        }
        String authority = uri.getAuthority();
        if (authority == null || authority.isEmpty()) { // hdfs:///path: the cluster's default filesystem, as Hadoop reads it
            URI def = FileSystem.getDefaultUri(HadoopSettings.configuration(hadoopConf));
            if (!scheme.equalsIgnoreCase(def.getScheme()) || def.getAuthority() == null) {
                throw new IOException("no " + scheme + " host or bucket in the URI and fs.defaultFS is " + def
                        + "; write " + scheme + "://<bucket-or-namenode>/<path>");
            }
            authority = def.getAuthority();
        }
        HadoopNioFileSystem fs = open(scheme + "://" + authority, Map.copyOf(hadoopConf));
        String p = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        return fs.getPath(p);
    }

    /**
     * The filesystem of {@code fsUri} with {@code settings}, opened once per JVM: an executor
     * reopens the root for every task, and a fresh Hadoop client (configuration files parsed, an
     * S3 client with its connection pool) per task would cost more than many trials.
     */
    private static HadoopNioFileSystem open(String fsUri, Map<String, String> settings) throws IOException {
        Key key = new Key(fsUri, settings);
        HadoopNioFileSystem fs = OPEN.get(key);
        if (fs == null) {
            synchronized (OPEN) {
                fs = OPEN.get(key);
                if (fs == null) {
                    fs = HadoopNioFileSystem.get(URI.create(fsUri), HadoopSettings.configuration(settings));
                    OPEN.put(key, fs);
                }
            }
        }
        return fs;
    }

    private record Key(String fsUri, Map<String, String> settings) {
    }

    /** As {@link #of}, for a root already opened once (an executor's copy of the driver's). */
    public static Path reopen(String value, Map<String, String> hadoopConf) {
        try {
            return of(value, hadoopConf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the output root " + value, e);
        }
    }

    /** Whether {@code p} lives on a Hadoop filesystem rather than the local one. */
    public static boolean isHadoop(Path p) {
        return p instanceof HadoopNioPath;
    }

    /**
     * Whether a file under {@code p} can be renamed atomically, replacing the target: POSIX and
     * HDFS, not object stores, where rename is copy and delete.
     */
    public static boolean atomicRename(Path p) {
        return !isHadoop(p) || ((HadoopNioFileSystem) p.getFileSystem()).atomicRename();
    }

    /**
     * Whether a file written under {@code p} appears whole when its stream closes, so that writing
     * it in place replaces it atomically: object stores (S3A, GCS, ABFS), not POSIX or HDFS.
     */
    public static boolean publishesOnClose(Path p) {
        return isHadoop(p) && ((HadoopNioFileSystem) p.getFileSystem()).publishesOnClose();
    }
}
