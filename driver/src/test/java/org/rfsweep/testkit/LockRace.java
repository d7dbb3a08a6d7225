package org.rfsweep.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.rfsweep.run.Hosts;
import org.rfsweep.run.OutputLock;

/**
 * Several runs racing to take over the lock of a dead local-mode run: exactly one may win, and the
 * losers are refused with the lock message, on any store the lock file lives on.
 */
public final class LockRace {
    private LockRace() {
    }

    /** Plants a dead run's lock at {@code file}, races {@code takers} acquisitions; asserts one winner. */
    public static void exactlyOneTakesOver(Path file, long deadPid, int takers) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "pid=" + deadPid + "\nhost=" + Hosts.localName()
                + "\nstarted=2026-01-01T00:00:00Z\nin_process=true\ncommand=rfsweep run old\n", StandardCharsets.UTF_8);
        CyclicBarrier start = new CyclicBarrier(takers);
        ExecutorService pool = Executors.newFixedThreadPool(takers);
        List<OutputLock> won = new ArrayList<>();
        try {
            List<Future<OutputLock>> results = new ArrayList<>();
            for (int i = 0; i < takers; i++) {
                String command = "taker-" + i;
                results.add(pool.submit(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    try {
                        return OutputLock.acquire(file, command, true);
                    } catch (OutputLock.LockHeldException refused) {
                        assertTrue(refused.getMessage().contains("locked by another run"), refused.getMessage());
                        return null;
                    }
                }));
            }
            for (Future<OutputLock> f : results) {
                OutputLock lock = f.get(120, TimeUnit.SECONDS);
                if (lock != null) {
                    won.add(lock);
                }
            }
            assertEquals(1, won.size(), "exactly one run takes the dead run's lock over");
            // the winner took the dead lock over itself, or created its lock just after another taker
            // removed the dead one (that taker's own create then lost)
            String takenOver = won.get(0).takenOver();
            assertTrue(takenOver == null || takenOver.startsWith("pid " + deadPid + " "), takenOver);
            assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("pid=" + ProcessHandle.current().pid()));
        } finally {
            for (OutputLock l : won) {
                l.close();
            }
            pool.shutdownNow();
        }
    }
}
