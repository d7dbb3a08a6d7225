package org.rfsweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rfsweep.testkit.LockRace;
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
    void aStaleLockOfADeadLocalRunOnThisHostIsTakenOver() throws Exception {
        Path file = dir.resolve("_rfsweep.lock");
        long dead = deadPid();
        Files.writeString(file, "pid=" + dead + "\nhost=" + Hosts.localName()
                + "\nstarted=2026-01-01T00:00:00Z\nin_process=true\ncommand=rfsweep run old\n");
        try (OutputLock lock = OutputLock.acquire(file, "new", true)) {
            assertEquals("pid " + dead + " on " + Hosts.localName() + " since 2026-01-01T00:00:00Z (rfsweep run old)",
                    lock.takenOver());
            assertTrue(Files.readString(file).contains("pid=" + ProcessHandle.current().pid()));
        }
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "the stale lock is gone, not set aside");
        }
    }

    @Test
    void aStaleLockOfAClusterRunIsReportedNotTakenOver() throws Exception {
        Path file = dir.resolve("_rfsweep.lock");
        long dead = deadPid();
        String cluster = "pid=" + dead + "\nhost=" + Hosts.localName() + "\nin_process=false\ncommand=old\n";
        Files.writeString(file, cluster);
        OutputLock.LockHeldException e = assertThrows(OutputLock.LockHeldException.class,
                () -> OutputLock.acquire(file, "new", true));
        assertTrue(e.getMessage().contains("has a stale lock from pid " + dead), e.getMessage());
        assertTrue(e.getMessage().endsWith("remove it with: rm " + file), e.getMessage());
        assertEquals(cluster, Files.readString(file), "never broken automatically");
    }

    @Test
    void aLiveLocalHolderIsNeverTakenOver() throws Exception {
        Path file = dir.resolve("_rfsweep.lock");
        try (OutputLock first = OutputLock.acquire(file, "first", true)) {
            assertThrows(OutputLock.LockHeldException.class, () -> OutputLock.acquire(file, "second", true));
            assertNull(first.takenOver());
        }
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void ofRunsRacingToTakeOverADeadRunsLockExactlyOneWinsAndNoMarkerStays() throws Exception {
        for (int round = 0; round < 5; round++) {
            Path file = dir.resolve("race-" + round).resolve("_rfsweep.lock");
            LockRace.exactlyOneTakesOver(file, deadPid(), 8);
            try (java.util.stream.Stream<Path> left = Files.list(file.getParent())) {
                assertEquals(List.of(), left.toList(), "lock released, takeover markers removed");
            }
        }
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
