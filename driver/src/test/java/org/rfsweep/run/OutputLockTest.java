package org.rfsweep.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
    @TempDir
    Path dir;

    @Test
    void oneHolderAtATimeAndCloseReleases() throws Exception {
        Path file = dir.resolve("out/_rfsweep.lock");
        OutputLock first = OutputLock.acquire(file, "first");
        OutputLock.LockHeldException held = assertThrows(OutputLock.LockHeldException.class,
                () -> OutputLock.acquire(file, "second"));
        assertTrue(held.getMessage().contains("is locked by another run: pid " + ProcessHandle.current().pid()),
                held.getMessage());
        assertTrue(held.getMessage().contains("(first)"), held.getMessage());
        first.close();
        assertFalse(Files.exists(file));
        first.close(); // idempotent
        OutputLock.acquire(file, "third").close();
    }

    @Test
    void closeNeverRemovesSomeoneElsesLock() throws Exception {
        Path file = dir.resolve("_rfsweep.lock");
        OutputLock mine = OutputLock.acquire(file, "mine");
        Files.delete(file); // removed by hand...
        Files.writeString(file, "pid=1\nhost=elsewhere\n"); // ...and taken by another run
        mine.close();
        assertTrue(Files.exists(file));
    }
}
