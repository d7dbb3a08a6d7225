package org.rfsweep.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A path of one {@link HadoopNioFileSystem}: a {@code /}-separated string, absolute when it starts
 * with {@code /}. Pure string algebra like the JDK's {@code UnixPath} (no file system call except in
 * {@link #toRealPath}), so the data layer's {@code resolve}/{@code getParent} chains cost nothing
 * on HDFS or S3.
 *
 * <p>{@link #toString()} of an absolute path is its full URI string,
 * {@code hdfs://nn:8020/out/runs}, because that is what users see in messages and what Spark's and
 * Hadoop's readers take as is; a relative path prints its bare names, so
 * {@code getFileName().toString()} is the file's name, as the data layer expects.
 */
public final class HadoopNioPath implements Path {
    private final HadoopNioFileSystem fs;
    /** Normalized separators: no repeated or trailing {@code /} (except the root {@code "/"}). */
    private final String path;
    private volatile String[] names;

    HadoopNioPath(HadoopNioFileSystem fs, String path) {
        this.fs = fs;
        this.path = path;
    }

    /** Joins and cleans {@code first}/{@code more} the way {@code UnixPath} does: empty parts are dropped. */
    static String clean(String first, String... more) {
        StringBuilder sb = new StringBuilder(first);
        for (String m : more) {
            if (!m.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append('/');
                }
                sb.append(m);
            }
        }
        String s = sb.toString();
        if (s.indexOf('\0') >= 0) {
            throw new InvalidPathException(s, "NUL character not allowed");
        }
        StringBuilder out = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' && prev == '/') {
                continue;
            }
            out.append(c);
            prev = c;
        }
        if (out.length() > 1 && out.charAt(out.length() - 1) == '/') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** The path string without scheme and authority: {@code /out/runs}, or {@code a/b} when relative. */
    String pathString() {
        return path;
    }

    private String[] names() {
        String[] n = names;
        if (n == null) {
            if (path.equals("/")) {
                n = new String[0];
            } else if (path.isEmpty()) {
                n = new String[] {""};
            } else {
                n = (isAbsolute() ? path.substring(1) : path).split("/");
            }
            names = n;
        }
        return n;
    }

    private HadoopNioPath relative(String[] parts, int from, int to) {
        return new HadoopNioPath(fs, String.join("/", Arrays.asList(parts).subList(from, to)));
    }

    private HadoopNioPath check(Path other) {
        Objects.requireNonNull(other, "path");
        if (!(other instanceof HadoopNioPath p)) {
            throw new ProviderMismatchException("not a Hadoop path: " + other);
        }
        return p;
    }

    /** The fully qualified Hadoop path, {@code scheme://authority/abs/path}; a relative path is taken from {@code /}. */
    public org.apache.hadoop.fs.Path hadoopPath() {
        URI u = fs.hadoop().getUri();
        return new org.apache.hadoop.fs.Path(u.getScheme(), u.getAuthority(), toAbsolutePath().path);
    }

    @Override
    public HadoopNioFileSystem getFileSystem() {
        return fs;
    }

    @Override
    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    @Override
    public HadoopNioPath getRoot() {
        return isAbsolute() ? new HadoopNioPath(fs, "/") : null;
    }

    @Override
    public HadoopNioPath getFileName() {
        if (path.isEmpty()) {
            return this;
        }
        String[] n = names();
        return n.length == 0 ? null : new HadoopNioPath(fs, n[n.length - 1]);
    }

    @Override
    public HadoopNioPath getParent() {
        String[] n = names();
        if (n.length == 0 || (n.length == 1 && !isAbsolute())) {
            return null;
        }
        HadoopNioPath prefix = relative(n, 0, n.length - 1);
        return isAbsolute() ? new HadoopNioPath(fs, "/" + prefix.path) : prefix;
    }

    @Override
    public int getNameCount() {
        return names().length;
    }

    @Override
    public HadoopNioPath getName(int index) {
        String[] n = names();
        if (index < 0 || index >= n.length) {
            throw new IllegalArgumentException("name index " + index + " of " + n.length + " in " + this);
        }
        return new HadoopNioPath(fs, n[index]);
    }

    @Override
    public HadoopNioPath subpath(int beginIndex, int endIndex) {
        String[] n = names();
        if (beginIndex < 0 || endIndex > n.length || beginIndex >= endIndex) {
            throw new IllegalArgumentException("subpath(" + beginIndex + ", " + endIndex + ") of " + this);
        }
        return relative(n, beginIndex, endIndex);
    }

    @Override
    public boolean startsWith(Path other) {
        if (!(other instanceof HadoopNioPath p) || p.fs != fs || p.isAbsolute() != isAbsolute()) {
            return false;
        }
        String[] mine = names();
        String[] theirs = p.names();
        if (p.path.isEmpty()) {
            return path.isEmpty();
        }
        if (theirs.length > mine.length) {
            return false;
        }
        for (int i = 0; i < theirs.length; i++) {
            if (!theirs[i].equals(mine[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean startsWith(String other) {
        return startsWith(fs.getPath(other));
    }

    @Override
    public boolean endsWith(Path other) {
        if (!(other instanceof HadoopNioPath p) || p.fs != fs) {
            return false;
        }
        if (p.isAbsolute()) {
            return p.path.equals(path);
        }
        if (p.path.isEmpty()) {
            return path.isEmpty();
        }
        String[] mine = names();
        String[] theirs = p.names();
        if (theirs.length > mine.length) {
            return false;
        }
        for (int i = 1; i <= theirs.length; i++) {
            if (!theirs[theirs.length - i].equals(mine[mine.length - i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean endsWith(String other) {
        return endsWith(fs.getPath(other));
    }

    @Override
    public HadoopNioPath normalize() {
        List<String> out = new ArrayList<>();
        for (String name : names()) {
            if (name.equals(".") || name.isEmpty()) {
                continue;
            }
            if (name.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                    continue;
                }
                if (isAbsolute()) {
                    continue; // the root's parent is the root
                }
            }
            out.add(name);
        }
        String joined = String.join("/", out);
        return new HadoopNioPath(fs, isAbsolute() ? "/" + joined : joined);
    }

    @Override
    public HadoopNioPath resolve(Path other) {
        HadoopNioPath p = check(other);
        if (p.isAbsolute()) {
            return p;
        }
        if (p.path.isEmpty()) {
            return this;
        }
        if (path.isEmpty()) {
            return p;
        }
        return new HadoopNioPath(fs, path.equals("/") ? "/" + p.path : path + "/" + p.path);
    }

    @Override
    public HadoopNioPath resolve(String other) {
        return resolve(fs.getPath(other));
    }

    @Override
    public HadoopNioPath resolveSibling(Path other) {
        HadoopNioPath parent = getParent();
        return parent == null ? check(other) : parent.resolve(other);
    }

    @Override
    public HadoopNioPath resolveSibling(String other) {
        return resolveSibling(fs.getPath(other));
    }

    /** Between two absolute (or two relative) paths of this file system: {@code ..} up to the common prefix, then down. */
    @Override
    public HadoopNioPath relativize(Path other) {
        HadoopNioPath p = check(other);
        if (p.fs != fs) {
            throw new IllegalArgumentException("paths of different file systems: " + this + ", " + p);
        }
        if (p.isAbsolute() != isAbsolute()) {
            throw new IllegalArgumentException("'other' is " + (p.isAbsolute() ? "absolute" : "relative")
                    + " but this is not: " + this + ", " + p);
        }
        if (p.path.equals(path)) {
            return new HadoopNioPath(fs, "");
        }
        String[] from = path.isEmpty() ? new String[0] : names();
        String[] to = p.path.isEmpty() ? new String[0] : p.names();
        int common = 0;
        while (common < from.length && common < to.length && from[common].equals(to[common])) {
            common++;
        }
        List<String> out = new ArrayList<>();
        for (int i = common; i < from.length; i++) {
            out.add("..");
        }
        out.addAll(Arrays.asList(to).subList(common, to.length));
        return new HadoopNioPath(fs, String.join("/", out));
    }

    @Override
    public URI toUri() {
        URI u = fs.hadoop().getUri();
        try {
            return new URI(u.getScheme(), u.getAuthority(), toAbsolutePath().path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no URI for " + this, e);
        }
    }

    @Override
    public HadoopNioPath toAbsolutePath() {
        return isAbsolute() ? this : new HadoopNioPath(fs, "/" + path);
    }

    /** {@code toAbsolutePath().normalize()} once it exists (there are no links to follow). */
    @Override
    public HadoopNioPath toRealPath(LinkOption... options) throws IOException {
        HadoopNioPath real = toAbsolutePath().normalize();
        fs.provider().checkAccess(real);
        return real;
    }

    @Override
    public java.io.File toFile() {
        throw new UnsupportedOperationException("toFile is not supported on " + fs.scheme() + ": " + this);
    }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
        throw new UnsupportedOperationException("register (watch service) is not supported on " + fs.scheme());
    }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>... events) {
        throw new UnsupportedOperationException("register (watch service) is not supported on " + fs.scheme());
    }

    @Override
    public Iterator<Path> iterator() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < getNameCount(); i++) {
            out.add(getName(i));
        }
        return out.iterator();
    }

    @Override
    public int compareTo(Path other) {
        return toString().compareTo(check(other).toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HadoopNioPath p && p.fs == fs && p.path.equals(path);
    }

    @Override
    public int hashCode() {
        return 31 * System.identityHashCode(fs) + path.hashCode();
    }

    @Override
    public String toString() {
        return isAbsolute() ? fs.uriPrefix() + path : path;
    }
}
