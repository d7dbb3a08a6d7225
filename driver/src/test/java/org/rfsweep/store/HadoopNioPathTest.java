package org.rfsweep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Path algebra, which needs no store: a {@code file:///} instance (Hadoop's local file system, never
 * touched here) stands for any scheme. The forms of {@code hdfs://} and {@code s3a://} paths are in
 * the contract tests.
 */
class HadoopNioPathTest {
    private static HadoopNioFileSystem fs;

    @BeforeAll
    static void open() throws Exception {
        fs = HadoopNioFileSystem.get(URI.create("file:///"), new Configuration());
    }

    @AfterAll
    static void close() throws Exception {
        fs.close();
    }

    private static HadoopNioPath p(String s) {
        return fs.getPath(s);
    }

    private static List<String> names(Path p) {
        List<String> out = new ArrayList<>();
        p.forEach(n -> out.add(n.toString()));
        return out;
    }

    @Test
    void anAbsolutePathPrintsAsItsUriAndARelativeOneAsItsNames() {
        HadoopNioPath runs = p("/out//runs/");
        assertEquals("file:///out/runs", runs.toString());
        assertEquals(URI.create("file:///out/runs"), runs.toUri());
        assertEquals(new org.apache.hadoop.fs.Path("file:///out/runs"), runs.hadoopPath());
        assertEquals("runs", runs.getFileName().toString());
        assertEquals("a/b", p("a//b").toString());
        assertEquals(URI.create("file:///a/b"), p("a/b").toUri(), "toUri is absolute");
        assertEquals(p("/out/runs"), p("file:///out/runs"), "the full URI string is taken back");
        assertEquals("/out/x/y", fs.getPath("/out", "x", "", "y").pathString());
        assertThrows(InvalidPathException.class, () -> p("hdfs://nn/out"));
    }

    @Test
    void namesParentsAndRoots() {
        HadoopNioPath abc = p("/a/b/c");
        assertTrue(abc.isAbsolute());
        assertFalse(p("a/b").isAbsolute());
        assertEquals(p("/"), abc.getRoot());
        assertNull(p("a").getRoot());
        assertEquals(3, abc.getNameCount());
        assertEquals(0, p("/").getNameCount());
        assertEquals(List.of("a", "b", "c"), names(abc));
        assertEquals(p("b"), abc.getName(1));
        assertEquals(p("b/c"), abc.subpath(1, 3));
        assertEquals(p("/a/b"), abc.getParent());
        assertEquals(p("/"), p("/a").getParent());
        assertNull(p("/").getParent());
        assertNull(p("a").getParent());
        assertEquals(p("a"), p("a/b").getParent());
        assertNull(p("/").getFileName());
        assertThrows(IllegalArgumentException.class, () -> abc.getName(3));
        assertThrows(IllegalArgumentException.class, () -> abc.subpath(2, 2));
    }

    @Test
    void startsWithAndEndsWithCompareWholeNames() {
        HadoopNioPath abc = p("/a/b/c");
        assertTrue(abc.startsWith("/a/b"));
        assertTrue(abc.startsWith(p("/")));
        assertFalse(abc.startsWith("/a/bc"));
        assertFalse(abc.startsWith("a/b"), "relative is no prefix of absolute");
        assertTrue(abc.endsWith("b/c"));
        assertTrue(abc.endsWith("/a/b/c"));
        assertFalse(abc.endsWith("/b/c"));
        assertFalse(abc.endsWith("bc"));
    }

    @Test
    void normalizeResolveAndRelativize() {
        assertEquals(p("/a/c"), p("/a/./b/../c").normalize());
        assertEquals(p("/c"), p("/../../c").normalize(), "the root's parent is the root");
        assertEquals(p("../c"), p("a/../../c").normalize());
        assertEquals(p("/a/b/c"), p("/a").resolve("b/c"));
        assertEquals(p("/x"), p("/a").resolve("/x"), "resolving an absolute path gives it");
        assertEquals(p("/a"), p("/a").resolve(""));
        assertEquals(p("/b"), p("/").resolve("b"));
        assertEquals(p("/a/d"), p("/a/b").resolveSibling("d"));
        assertEquals(p("b/c"), p("/a").relativize(p("/a/b/c")));
        assertEquals(p("../../x"), p("/a/b/c").relativize(p("/a/x")));
        assertEquals(p(""), p("/a").relativize(p("/a")));
        assertEquals(p("/a/b/c"), p("/a").resolve(p("/a").relativize(p("/a/b/c"))));
        assertThrows(IllegalArgumentException.class, () -> p("/a").relativize(p("b")));
        assertThrows(ProviderMismatchException.class, () -> p("/a").resolve(Path.of("b")));
        assertEquals(p("/a/b"), p("a/b").toAbsolutePath());
        assertEquals(p("/"), p("").toAbsolutePath());
    }

    @Test
    void equalityIsOneFileSystemAndOnePathString() throws Exception {
        assertEquals(p("/a/b"), p("/a/b"));
        assertEquals(p("/a/b").hashCode(), p("/a/b").hashCode());
        assertNotEquals(p("/a/b"), p("a/b"));
        assertNotEquals(p("/a/b"), p("/a/./b"), "equality is of the string, not the file");
        assertTrue(p("/a/b").compareTo(p("/a/c")) < 0);
        assertTrue(p("/a").compareTo(p("/a/b")) < 0, "a directory sorts before its entries");
        assertEquals(0, p("/a").compareTo(p("/a")));
        try (HadoopNioFileSystem other = HadoopNioFileSystem.get(URI.create("file:///"),
                confWith("rfsweep.test.marker", "other"))) {
            assertNotSame(fs, other, "other configuration entries, other instance");
            assertNotEquals(p("/a"), other.getPath("/a"));
        }
    }

    @Test
    void theSameArgumentsGiveTheSameInstanceUntilClosed() throws Exception {
        Configuration conf = confWith("rfsweep.test.marker", "cache");
        HadoopNioFileSystem a = HadoopNioFileSystem.get(URI.create("file:///x"), conf);
        assertSame(a, HadoopNioFileSystem.get(URI.create("file:///y"), new Configuration(conf)));
        conf.set("rfsweep.test.marker", "changed after");
        assertEquals("cache", a.conf().get("rfsweep.test.marker"), "the configuration was copied");
        HadoopNioPath onA = a.getPath("/x");
        a.close();
        assertFalse(a.isOpen());
        assertThrows(java.nio.file.ClosedFileSystemException.class, () -> java.nio.file.Files.exists(onA));
        HadoopNioFileSystem b = HadoopNioFileSystem.get(URI.create("file:///x"), confWith("rfsweep.test.marker",
                "cache"));
        assertNotSame(a, b);
        assertTrue(b.isOpen());
        b.close();
    }

    @Test
    void theProviderMakesFileSystemsOnlyWithAConfiguration() throws Exception {
        assertSame(fs, fs.provider().newFileSystem(URI.create("file:///elsewhere"),
                java.util.Map.of("conf", new Configuration())), "the same arguments, the cached instance");
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> fs.provider().getFileSystem(URI.create("file:///")));
        assertTrue(e.getMessage().startsWith("getFileSystem(URI)"), e.getMessage());
        assertThrows(UnsupportedOperationException.class,
                () -> fs.provider().newFileSystem(URI.create("file:///"), java.util.Map.of()));
        assertEquals("rfsweep-hadoop", fs.provider().getScheme());
    }

    @Test
    void sameFileIsTheSameNormalizedPathAndHiddenIsADotOrUnderscore() throws Exception {
        assertTrue(java.nio.file.Files.isSameFile(p("/a/./b"), p("/a/b")));
        assertTrue(java.nio.file.Files.isSameFile(p("a/b"), p("/a/b")));
        assertFalse(java.nio.file.Files.isSameFile(p("/a/b"), p("/a/c")));
        assertTrue(java.nio.file.Files.isHidden(p("/out/_staging")));
        assertTrue(java.nio.file.Files.isHidden(p("/out/.crc")));
        assertFalse(java.nio.file.Files.isHidden(p("/out/runs")));
    }

    @Test
    void fileSystemBasics() {
        assertEquals("/", fs.getSeparator());
        assertEquals(List.of(p("/")), fs.getRootDirectories());
        assertEquals(java.util.Set.of("basic"), fs.supportedFileAttributeViews());
        assertFalse(fs.isReadOnly());
        assertTrue(fs.getPathMatcher("glob:**/*.json").matches(p("/out/_commits/c0.json")));
        assertFalse(fs.getPathMatcher("glob:**/*.json").matches(p("/out/part-0.parquet")));
        assertFalse(fs.atomicRename(), "file: is not on the atomic list");
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, fs::newWatchService);
        assertTrue(e.getMessage().contains("newWatchService"), e.getMessage());
        e = assertThrows(UnsupportedOperationException.class, () -> p("/a").toFile());
        assertTrue(e.getMessage().contains("toFile"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> p("/a").register(null));
    }

    private static Configuration confWith(String key, String value) {
        Configuration c = new Configuration();
        c.set(key, value);
        return c;
    }
}
