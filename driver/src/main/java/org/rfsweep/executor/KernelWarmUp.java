package org.rfsweep.executor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.table.ChunkCommitter;
import org.rfsweep.table.FileTrees;
import org.rfsweep.table.TrialOutcome;
import org.rfsweep.table.WriteConf;

/**
 * Runs a kernel's warm-up trial ({@link Kernel#warmUpTrial}) once per JVM and warm-up trial id,
 * before the first real trial of that shape, so that a fresh JVM's cold start (class loading and
 * initialisation, the JIT's tiers: the vector loops run 30-100 times slower until C2 has compiled
 * them) is not charged to a user's trial: a JVM's first trial then runs near the steady rate, and
 * the warm-up's time shows as overhead in the run's summary line instead. The result is
 * discarded; a warm-up that fails is not retried (the real trial then reports whatever is wrong).
 * A task that finds the warm-up in progress in its JVM waits for it rather than repeating it.
 *
 * <p>With a local master the driver starts the warm-up on a thread of its own while Spark starts
 * ({@link #startInBackground}), on a core that is otherwise idle then, so there it costs no wall
 * time at all.
 */
public final class KernelWarmUp {
    /** {@code -Drfsweep.warmup=false} switches warm-ups off, for measuring what they save. */
    static final String PROPERTY = "rfsweep.warmup";
    private static final ConcurrentMap<String, CompletableFuture<Void>> WARM = new ConcurrentHashMap<>();
    /**
     * Throwaway commits the background warm-up makes at most, each of {@link #COMMIT_ROWS} copies
     * of the warm-up trial's outcome (about one chunk's rows). One commit loads the writers'
     * classes, but their code is still interpreted or at C1: measured at 200 trials of 0.1 s in
     * local[2], the first real commits then took 220-350 ms and the tasks' time beyond their trials
     * was 1.4-1.6 s; after 25 such commits (about 1.5 s on the idle core) it was 0.9-1.0 s.
     */
    static final int COMMIT_ROUNDS = 25;
    static final int COMMIT_ROWS = 25;
    /** Set by the first real task of this JVM: the background commits stop, not to compete with it. */
    private static volatile boolean taskStarted;

    private KernelWarmUp() {
    }

    /** Warms {@code kernel} up for trials like {@code first}, unless this JVM did or is doing so. */
    public static void ensure(Kernel kernel, TrialSpec first) {
        taskStarted = true;
        warmUp(kernel, first);
    }

    /** As {@link #ensure}; the warm-up trial's outcome if this call ran it and it succeeded, else null. */
    private static TrialOutcome warmUp(Kernel kernel, TrialSpec first) {
        Optional<TrialSpec> warmUp = warmUpTrial(kernel, first);
        if (warmUp.isEmpty()) {
            return null;
        }
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = WARM.putIfAbsent(warmUp.get().trialId(), mine);
        if (running != null) {
            running.join(); // never completes exceptionally: see below
            return null;
        }
        try {
            TrialOutcome o = new TrialExecutor("warm-up", () -> false).run(kernel, warmUp.get());
            return o.result().status() == TrialStatus.FAILED ? null : o;
        } catch (RuntimeException e) {
            return null; // a warm-up that fails is not retried; the real trial reports the problem
        } finally {
            mine.complete(null);
        }
    }

    /**
     * Starts {@link #ensure} on a daemon thread and returns at once; for the driver of a local
     * master, whose JVM runs the trials, while Spark starts up. The thread then commits the
     * warm-up trial's rows into a throwaway output under the temporary directory, through the
     * tasks' own {@link ChunkCommitter}, up to {@link #COMMIT_ROUNDS} times and until the first
     * real task starts: the Parquet writers' class loading and compilations (measured: 1.3-1.5 s
     * of the first tasks' time in a fresh JVM) then happen on the idle core too, instead of
     * inside the first tasks.
     */
    public static void startInBackground(Kernel kernel, TrialSpec first) {
        if (warmUpTrial(kernel, first).isEmpty()) {
            return;
        }
        Thread t = new Thread(() -> {
            TrialOutcome o = warmUp(kernel, first);
            for (int r = 0; o != null && r < COMMIT_ROUNDS && !taskStarted; r++) {
                if (!commitThrowaway(kernel, o)) {
                    break;
                }
            }
        }, "rfsweep-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static boolean commitThrowaway(Kernel kernel, TrialOutcome outcome) {
        return commitThrowaway(kernel, outcome, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Commits {@link #COMMIT_ROWS} copies of {@code outcome} into a fresh directory under
     * {@code parent} and removes it; true if the
     * commit went through. Best effort: a directory that cannot be made or written just means
     * no such warm-up (the real tasks then pay the writers' cold start, as before).
     */
    static boolean commitThrowaway(Kernel kernel, TrialOutcome outcome, Path parent) {
        Path root = null;
        try {
            root = Files.createTempDirectory(parent, "rfsweep-warm-up-");
            ChunkCommitter c = new ChunkCommitter(new WriteConf(root.toString(), "warm-up", "none", "none"), kernel);
            return c.commit(c.openStaging("warm-up"), "warm-up", Collections.nCopies(COMMIT_ROWS, outcome));
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            if (root != null) {
                FileTrees.deleteQuietly(root);
            }
        }
    }

    private static Optional<TrialSpec> warmUpTrial(Kernel kernel, TrialSpec first) {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY))) {
            return Optional.empty();
        }
        try {
            return kernel.warmUpTrial(first.params());
        } catch (RuntimeException e) {
            return Optional.empty(); // invalid parameters: the trial itself will say so
        }
    }
}
