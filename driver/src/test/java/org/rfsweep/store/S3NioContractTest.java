package org.rfsweep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rfsweep.testkit.MotoS3;

/**
 * The contract on S3A against moto_server (skipped, with the reason, where it is not installed),
 * plus what differs on an object store: no atomic rename, and an exclusive create lost at close.
 */
class S3NioContractTest extends HadoopNioContract {
    private static MotoS3 moto;
    private static HadoopNioFileSystem nio;

    @BeforeAll
    static void start() throws Exception {
        moto = MotoS3.start();
        nio = HadoopNioFileSystem.get(moto.bucketUri(), moto.conf());
    }

    @AfterAll
    static void stop() throws Exception {
        if (nio != null) {
            nio.close();
        }
        if (moto != null) {
            moto.stop();
        }
    }

    @Override
    protected HadoopNioFileSystem nio() {
        return nio;
    }

    @Override
    protected String expectedPrefix() {
        return "s3a://" + MotoS3.BUCKET;
    }

    @Test
    void s3HasNoAtomicRenameButPublishesAtClose() {
        assertFalse(nio.atomicRename());
        assertTrue(nio.publishesOnClose());
    }

    @Test
    void atomicMoveIsRefusedAndTouchesNothing() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.writeString(a, "new");
        AtomicMoveNotSupportedException e = assertThrows(AtomicMoveNotSupportedException.class,
                () -> Files.move(a, b, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING));
        assertEquals("s3a has no atomic rename", e.getReason());
        assertEquals(a.toString(), e.getFile());
        assertEquals("new", Files.readString(a));
        assertFalse(Files.exists(b));
    }

    @Test
    void anOverwriteBecomesVisibleWholeAtClose() throws Exception {
        Path f = dir.resolve("_rfsweep.json");
        Files.writeString(f, "old");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write("new".getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertEquals("old", Files.readString(f), "readers see the old object until the PUT");
        }
        assertEquals("new", Files.readString(f));
    }

    @Test
    void anExclusiveCreateThatLosesTheRaceLearnsItAtClose() throws Exception {
        Path f = dir.resolve("_commits/c.json");
        OutputStream loser = Files.newOutputStream(f, StandardOpenOption.CREATE_NEW); // nothing exists yet
        try (OutputStream winner = Files.newOutputStream(f, StandardOpenOption.CREATE_NEW)) {
            winner.write("winner".getBytes(StandardCharsets.UTF_8));
        }
        loser.write("loser".getBytes(StandardCharsets.UTF_8));
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class, loser::close,
                "the conditional PUT fails with 412 at close");
        assertEquals(f.toString(), e.getFile());
        assertEquals("winner", Files.readString(f), "the winner's object stays");
    }
}
