package org.rfsweep.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rfsweep.table.FileTrees;

/**
 * What the data layer relies on from {@code Files.*} over a {@link HadoopNioFileSystem}, run against
 * each real store by a subclass (HDFS in process, S3A against moto_server). Each test works under its
 * own directory, so the order of tests does not matter.
 */
abstract class HadoopNioContract {
    /** The file system under test, open for the whole class. */
    protected abstract HadoopNioFileSystem nio();

    /** What an absolute path's string starts with: {@code hdfs://host:port} or {@code s3a://bucket}. */
    protected abstract String expectedPrefix();

    protected HadoopNioPath dir;

    @BeforeEach
    void newDirectory() {
        dir = nio().getPath("/contract/" + UUID.randomUUID());
    }

    protected static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void pathsPrintAsTheStoresUri() {
        HadoopNioPath runs = dir.resolve("runs");
        assertEquals(expectedPrefix() + dir.pathString() + "/runs", runs.toString());
        assertEquals(URI.create(runs.toString()), runs.toUri());
        assertEquals(new org.apache.hadoop.fs.Path(runs.toString()), runs.hadoopPath());
        assertEquals("runs", runs.getFileName().toString());
        assertEquals(runs, nio().getPath(runs.toString()), "the printed form is taken back");
        assertEquals(dir, runs.getParent());
    }

    @Test
    void bytesAndStringsRoundTrip() throws Exception {
        Path f = dir.resolve("a/b.txt");
        Files.write(f, utf8("hello, hadoop"));
        assertArrayEquals(utf8("hello, hadoop"), Files.readAllBytes(f), "parents are created");
        Files.writeString(f, "short");
        assertEquals("short", Files.readString(f), "an existing file is truncated");
        Files.writeString(f, "one\ntwo\n");
        try (BufferedReader r = Files.newBufferedReader(f)) {
            assertEquals(List.of("one", "two"), r.lines().toList());
        }
        assertEquals(8, Files.size(f));
        assertTrue(Files.exists(f));
        assertTrue(Files.isRegularFile(f));
        assertFalse(Files.isDirectory(f));
        assertTrue(Files.isDirectory(f.getParent()));
        assertFalse(Files.exists(dir.resolve("missing")));
        assertTrue(Files.isReadable(f) && Files.isWritable(f), "access is not enforced, existence is");
        assertFalse(Files.isWritable(dir.resolve("missing")));
        assertEquals(f, dir.resolve("a/./x/../b.txt").toRealPath());
        assertThrows(NoSuchFileException.class, () -> dir.resolve("missing").toRealPath());
    }

    @Test
    void writeChannelsAndWritersWriteFrontToBack() throws Exception {
        Path f = dir.resolve("ch.txt");
        try (SeekableByteChannel ch = Files.newByteChannel(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            assertEquals(3, ch.write(ByteBuffer.wrap(utf8("abc"))));
            ByteBuffer direct = ByteBuffer.allocateDirect(3);
            direct.put(utf8("def")).flip();
            assertEquals(3, ch.write(direct));
            assertEquals(6, ch.position());
            assertThrows(UnsupportedOperationException.class, () -> ch.position(0));
        }
        assertEquals("abcdef", Files.readString(f));
        try (java.io.BufferedWriter w = Files.newBufferedWriter(f)) {
            w.write("line 1\nline 2\n");
        }
        assertEquals(List.of("line 1", "line 2"), Files.readAllLines(f));
        assertThrows(UnsupportedOperationException.class,
                () -> Files.newByteChannel(f, StandardOpenOption.READ, StandardOpenOption.WRITE));
        assertThrows(UnsupportedOperationException.class,
                () -> Files.newOutputStream(f, StandardOpenOption.DELETE_ON_CLOSE).close());
        Files.write(f, utf8("again"), StandardOpenOption.WRITE, StandardOpenOption.WRITE);
        assertEquals("again", Files.readString(f), "a repeated option is fine");
    }

    @Test
    void tempFilesAndDirectoriesAreCreatedUnderTheirDirectory() throws Exception {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "_spec", ".tmp"); // the data layer's write-then-move pattern
        assertEquals(dir, tmp.getParent());
        assertTrue(tmp.getFileName().toString().startsWith("_spec"), tmp.toString());
        assertTrue(tmp.getFileName().toString().endsWith(".tmp"), tmp.toString());
        assertTrue(Files.isRegularFile(tmp));
        assertEquals(0, Files.size(tmp));
        Path tmpDir = Files.createTempDirectory(dir, "_staging");
        assertTrue(Files.isDirectory(tmpDir));
        assertEquals(dir, tmpDir.getParent());
    }

    @Test
    void aThreeMegabyteFileReadsWholeAndByPosition() throws Exception {
        byte[] data = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(data);
        Path f = dir.resolve("big.bin");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(data);
        }
        assertArrayEquals(data, Files.readAllBytes(f));
        try (SeekableByteChannel ch = Files.newByteChannel(f)) {
            assertEquals(data.length, ch.size());
            ch.position(2_000_000);
            ByteBuffer buf = ByteBuffer.allocate(100);
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                // fill
            }
            assertArrayEquals(java.util.Arrays.copyOfRange(data, 2_000_000, 2_000_100), buf.array());
            assertEquals(2_000_100, ch.position());
            ch.position(data.length + 5);
            assertEquals(-1, ch.read(ByteBuffer.allocate(1)), "past the end reads nothing");
        }
    }

    @Test
    void aFileChannelReadsAtPositionsWithoutMovingAndRefusesWriting() throws Exception {
        Path f = dir.resolve("part-0.parquet");
        Files.writeString(f, "PAR1 rows PAR1");
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            assertEquals(14, ch.size());
            ByteBuffer tail = ByteBuffer.allocate(4);
            assertEquals(4, ch.read(tail, 10));
            assertEquals("PAR1", new String(tail.array(), StandardCharsets.UTF_8));
            assertEquals(0, ch.position(), "a positional read leaves the position");
            ByteBuffer head = ByteBuffer.allocate(5);
            assertEquals(5, ch.read(head));
            assertEquals("PAR1 ", new String(head.array(), StandardCharsets.UTF_8));
            assertEquals(5, ch.position());
            assertEquals(-1, ch.read(ByteBuffer.allocate(1), 14));
            assertThrows(java.nio.channels.NonWritableChannelException.class, () -> ch.write(ByteBuffer.allocate(1)));
        }
        assertThrows(UnsupportedOperationException.class,
                () -> FileChannel.open(f, StandardOpenOption.WRITE).close());
        assertThrows(NoSuchFileException.class,
                () -> FileChannel.open(dir.resolve("missing"), StandardOpenOption.READ).close());
    }

    @Test
    void aSecondExclusiveCreateFailsAndLeavesTheFirstContent() throws Exception {
        Path f = dir.resolve("_commits/c0ffee.json");
        Files.write(f, utf8("first"), StandardOpenOption.CREATE_NEW);
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> Files.write(f, utf8("second"), StandardOpenOption.CREATE_NEW));
        assertTrue(e.getFile().endsWith(dir.pathString() + "/_commits/c0ffee.json"), e.getFile());
        assertEquals("first", Files.readString(f));
    }

    @Test
    void ofSixRacingExclusiveCreatorsExactlyOneWins() throws Exception {
        int attempts = 6;
        for (int round = 0; round < 3; round++) {
            Path f = dir.resolve("race/" + round + "/c0ffee.json");
            CyclicBarrier start = new CyclicBarrier(attempts);
            ExecutorService pool = Executors.newFixedThreadPool(attempts);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < attempts; i++) {
                    byte[] content = utf8("attempt " + i);
                    results.add(pool.submit(() -> {
                        start.await(60, TimeUnit.SECONDS);
                        try {
                            Files.write(f, content, StandardOpenOption.CREATE_NEW);
                            return true;
                        } catch (FileAlreadyExistsException lost) {
                            return false;
                        }
                    }));
                }
                List<Integer> winners = new ArrayList<>();
                for (int i = 0; i < attempts; i++) {
                    if (results.get(i).get(120, TimeUnit.SECONDS)) {
                        winners.add(i);
                    }
                }
                assertEquals(1, winners.size(), "round " + round + ": winners " + winners);
                assertEquals("attempt " + winners.get(0), Files.readString(f), "the file is the winner's, whole");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void createDirectoriesMakesNestedOnesAndAcceptsAnExistingOne() throws Exception {
        Path nested = dir.resolve("a/b/c");
        assertEquals(nested, Files.createDirectories(nested));
        assertTrue(Files.isDirectory(nested));
        assertTrue(Files.isDirectory(dir.resolve("a")));
        assertEquals(nested, Files.createDirectories(nested), "an existing directory is fine");
        assertThrows(FileAlreadyExistsException.class, () -> Files.createDirectory(nested));
        Path file = dir.resolve("a/file");
        Files.writeString(file, "x");
        assertThrows(FileAlreadyExistsException.class, () -> Files.createDirectories(file),
                "a file is in the way");
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void listGivesAbsoluteEntriesOfTheDirectory() throws Exception {
        for (String name : List.of("c.txt", "a.txt", "b.txt")) {
            Files.writeString(dir.resolve(name), name);
        }
        Files.createDirectories(dir.resolve("d"));
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.toList();
        }
        assertEquals(List.of("a.txt", "b.txt", "c.txt", "d"),
                entries.stream().map(p -> p.getFileName().toString()).sorted().toList());
        for (Path p : entries) {
            assertTrue(p.isAbsolute(), p.toString());
            assertEquals(dir, p.getParent());
        }
        assertThrows(NoSuchFileException.class, () -> Files.list(dir.resolve("missing")).close());
        assertThrows(NotDirectoryException.class, () -> Files.list(dir.resolve("a.txt")).close());
    }

    @Test
    void walkVisitsTheWholeTreeAndFileTreesDeletesIt() throws Exception {
        Files.writeString(dir.resolve("t/x/1.txt"), "1");
        Files.writeString(dir.resolve("t/x/y/2.txt"), "2");
        Files.writeString(dir.resolve("t/3.txt"), "3");
        Path t = dir.resolve("t");
        List<String> seen;
        try (Stream<Path> s = Files.walk(t)) {
            seen = s.map(p -> t.relativize(p).toString()).sorted().toList();
        }
        assertEquals(List.of("", "3.txt", "x", "x/1.txt", "x/y", "x/y/2.txt"), seen);
        FileTrees.delete(t); // the data layer's recursive delete: walk, reverse order, deleteIfExists
        assertFalse(Files.exists(t));
    }

    @Test
    void deleteRefusesMissingAndNonEmptyAndRemovesTheRest() throws Exception {
        Path missing = dir.resolve("missing");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Files.delete(missing));
        assertEquals(missing.toString(), e.getFile());
        Path f = dir.resolve("full/f.txt");
        Files.writeString(f, "x");
        assertThrows(DirectoryNotEmptyException.class, () -> Files.delete(f.getParent()));
        assertTrue(Files.exists(f));
        Files.delete(f);
        assertFalse(Files.exists(f));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.delete(empty);
        assertFalse(Files.exists(empty));
        Files.writeString(f, "y");
        assertTrue(Files.deleteIfExists(f));
        assertFalse(Files.deleteIfExists(f));
        assertFalse(Files.exists(f));
    }

    @Test
    void copyRefusesAnExistingTargetUnlessReplacing() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "one");
        Files.copy(a, b);
        assertEquals("one", Files.readString(b));
        Files.writeString(a, "two");
        assertThrows(FileAlreadyExistsException.class, () -> Files.copy(a, b));
        assertEquals("one", Files.readString(b));
        Files.copy(a, b, StandardCopyOption.REPLACE_EXISTING);
        assertEquals("two", Files.readString(b));
        assertEquals("two", Files.readString(a), "the source stays");
        assertThrows(NoSuchFileException.class, () -> Files.copy(dir.resolve("missing"), dir.resolve("c")));
    }

    @Test
    void copyOfADirectoryMakesAnEmptyOneAndMoveOfADirectoryTakesItsEntries() throws Exception {
        Path src = dir.resolve("src");
        Files.writeString(src.resolve("sub/f.txt"), "f");
        Path copied = dir.resolve("copied");
        Files.copy(src, copied);
        assertTrue(Files.isDirectory(copied));
        try (Stream<Path> s = Files.list(copied)) {
            assertEquals(0, s.count(), "the JDK's copy of a directory copies no entries");
        }
        Path moved = dir.resolve("moved");
        Files.move(src, moved);
        assertFalse(Files.exists(src));
        assertEquals("f", Files.readString(moved.resolve("sub/f.txt")));
        Path file = dir.resolve("file.txt");
        Files.writeString(file, "x");
        assertThrows(DirectoryNotEmptyException.class,
                () -> Files.copy(file, moved, StandardCopyOption.REPLACE_EXISTING));
        Files.copy(copied, file, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.isDirectory(file), "a directory replaced the file");
    }

    @Test
    void moveWithoutAtomicMoveMovesAndReplacesOnlyWhenAsked() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "one");
        Files.move(a, b);
        assertFalse(Files.exists(a));
        assertEquals("one", Files.readString(b));
        Files.writeString(a, "two");
        assertThrows(FileAlreadyExistsException.class, () -> Files.move(a, b));
        assertEquals("two", Files.readString(a));
        assertEquals("one", Files.readString(b));
        Files.move(a, b, StandardCopyOption.REPLACE_EXISTING);
        assertFalse(Files.exists(a));
        assertEquals("two", Files.readString(b));
        assertThrows(NoSuchFileException.class, () -> Files.move(a, dir.resolve("c.txt")));
        Files.move(b, b);
        assertEquals("two", Files.readString(b), "a move onto itself changes nothing");
    }

    @Test
    void attributesComeFromTheFileStatus() throws Exception {
        Instant before = Instant.now().minus(Duration.ofMinutes(2));
        Path f = dir.resolve("f.bin");
        Files.write(f, new byte[1234]);
        Instant after = Instant.now().plus(Duration.ofMinutes(2));
        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
        assertEquals(1234, a.size());
        assertTrue(a.isRegularFile());
        assertFalse(a.isDirectory());
        assertFalse(a.isSymbolicLink());
        Instant mtime = a.lastModifiedTime().toInstant();
        assertTrue(mtime.isAfter(before) && mtime.isBefore(after), "mtime " + mtime);
        assertEquals(a.lastModifiedTime(), Files.getLastModifiedTime(f));
        BasicFileAttributes d = Files.readAttributes(dir, BasicFileAttributes.class);
        assertTrue(d.isDirectory());
        assertFalse(d.isRegularFile());
        Map<String, Object> m = Files.readAttributes(f, "size,isDirectory");
        assertEquals(Map.of("size", 1234L, "isDirectory", false), m);
        assertEquals(9, Files.readAttributes(f, "basic:*").size());
        assertThrows(UnsupportedOperationException.class, () -> Files.readAttributes(f, PosixFileAttributes.class));
        assertThrows(UnsupportedOperationException.class, () -> Files.readAttributes(f, "posix:*"));
        assertThrows(NoSuchFileException.class,
                () -> Files.readAttributes(dir.resolve("missing"), BasicFileAttributes.class));
        BasicFileAttributeView view = Files.getFileAttributeView(f, BasicFileAttributeView.class);
        assertEquals(1234, view.readAttributes().size());
        assertThrows(UnsupportedOperationException.class,
                () -> Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(0)));
        assertEquals(null, Files.getFileAttributeView(f, PosixFileAttributeView.class), "no such view");
        assertTrue(Files.isHidden(dir.resolve("_commits")));
        assertFalse(Files.isHidden(f));
    }

    @Test
    void failuresAreTheJavaNioExceptionsNamingThePath() throws Exception {
        Path missing = dir.resolve("missing.txt");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Files.newInputStream(missing).close());
        assertEquals(missing.toString(), e.getFile());
        assertThrows(NoSuchFileException.class, () -> Files.readAllBytes(missing));
        assertThrows(NoSuchFileException.class, () -> Files.readString(missing));
        assertThrows(NoSuchFileException.class, () -> Files.size(missing));
        assertThrows(NoSuchFileException.class,
                () -> Files.newOutputStream(missing, StandardOpenOption.WRITE).close(), "WRITE without CREATE");
        assertFalse(Files.exists(missing));
        Path f = dir.resolve("f.txt");
        Files.writeString(f, "x");
        UnsupportedOperationException u = assertThrows(UnsupportedOperationException.class,
                () -> Files.writeString(f, "y", StandardOpenOption.APPEND));
        assertEquals("append is not supported on " + nio().hadoop().getUri().getScheme(), u.getMessage());
        assertEquals("x", Files.readString(f));
        try {
            Files.readAllBytes(dir);
            fail("reading a directory");
        } catch (java.nio.file.FileSystemException expected) {
            assertEquals(dir.toString(), expected.getFile());
        }
    }
}
