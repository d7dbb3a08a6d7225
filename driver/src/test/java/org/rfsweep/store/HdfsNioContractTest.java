package org.rfsweep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.testkit.MiniHdfs;

/** The contract on a real HDFS (in-process MiniDFSCluster), plus what only HDFS has: atomic rename. */
class HdfsNioContractTest extends HadoopNioContract {
    @TempDir
    static java.nio.file.Path base;

    private static MiniHdfs hdfs;
    private static HadoopNioFileSystem nio;

    @BeforeAll
    static void start() throws Exception {
        hdfs = MiniHdfs.start(base);
        nio = HadoopNioFileSystem.get(hdfs.uri(), hdfs.conf());
    }

    @AfterAll
    static void stop() throws Exception {
        if (nio != null) {
            nio.close();
        }
        if (hdfs != null) {
            hdfs.stop();
        }
    }

    @Override
    protected HadoopNioFileSystem nio() {
        return nio;
    }

    @Override
    protected String expectedPrefix() {
        return "hdfs://" + nio.hadoop().getUri().getAuthority();
    }

    @Test
    void hdfsRenamesAtomicallyAndPublishesNothingAtClose() {
        assertTrue(nio.atomicRename());
        assertFalse(nio.publishesOnClose());
        assertTrue(expectedPrefix().matches("hdfs://[^/]+:\\d+"), expectedPrefix());
    }

    @Test
    void atomicMoveReplacesOnlyWhenAsked() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.writeString(a, "new");
        Files.writeString(b, "old");
        assertThrows(FileAlreadyExistsException.class, () -> Files.move(a, b, StandardCopyOption.ATOMIC_MOVE));
        assertEquals("old", Files.readString(b));
        Files.move(a, b, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        assertEquals("new", Files.readString(b));
        assertFalse(Files.exists(a));
        Path c = dir.resolve("c.json");
        Files.move(b, c, StandardCopyOption.ATOMIC_MOVE);
        assertEquals("new", Files.readString(c));
        assertFalse(Files.exists(b));
    }

    @Test
    void copiesCrossToAndFromTheDefaultFileSystem(@TempDir java.nio.file.Path local) throws Exception {
        Path remote = dir.resolve("spec.yaml");
        Files.writeString(remote, "name: s");
        java.nio.file.Path down = local.resolve("spec.yaml");
        Files.copy(remote, down);
        assertEquals("name: s", Files.readString(down));
        Path up = dir.resolve("up/spec.yaml");
        Files.copy(down, up);
        assertEquals("name: s", Files.readString(up));
        assertThrows(FileAlreadyExistsException.class, () -> Files.copy(down, up));
    }

    @Test
    void theWriteThenRenamePatternReplacesAtomically() throws Exception {
        Path target = dir.resolve("_inputs.json");
        Files.writeString(target, "v1");
        Path tmp = Files.createTempFile(dir, "_inputs", ".tmp");
        Files.writeString(tmp, "v2");
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        assertEquals("v2", Files.readString(target));
        assertFalse(Files.exists(tmp));
    }

    @Test
    void anExclusiveCreateLosesAtOpenWhileTheWinnerStillWrites() throws Exception {
        Path f = dir.resolve("_commits/c.json");
        try (OutputStream winner = Files.newOutputStream(f, StandardOpenOption.CREATE_NEW)) {
            winner.write("winner".getBytes(StandardCharsets.UTF_8));
            assertThrows(FileAlreadyExistsException.class,
                    () -> Files.newOutputStream(f, StandardOpenOption.CREATE_NEW).close(),
                    "the NameNode refuses while the winner holds the lease");
        }
        assertEquals("winner", Files.readString(f));
    }
}
