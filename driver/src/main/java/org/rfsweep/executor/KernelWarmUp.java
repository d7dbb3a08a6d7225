package org.rfsweep.executor;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.TrialSpec;

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

    private KernelWarmUp() {
    }

    /** Warms {@code kernel} up for trials like {@code first}, unless this JVM did or is doing so. */
    public static void ensure(Kernel kernel, TrialSpec first) {
        Optional<TrialSpec> warmUp = warmUpTrial(kernel, first);
        if (warmUp.isEmpty()) {
            return;
        }
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = WARM.putIfAbsent(warmUp.get().trialId(), mine);
        if (running != null) {
            running.join(); // never completes exceptionally: see below
            return;
        }
        try {
            kernel.run(warmUp.get());
        } catch (RuntimeException e) {
            // a warm-up that fails is not retried; the real trial reports the problem
        } finally {
            mine.complete(null);
        }
    }

    /**
     * Starts {@link #ensure} on a daemon thread and returns at once; for the driver of a local
     * master, whose JVM runs the trials, while Spark starts up.
     */
    public static void startInBackground(Kernel kernel, TrialSpec first) {
        if (warmUpTrial(kernel, first).isEmpty()) {
            return;
        }
        Thread t = new Thread(() -> ensure(kernel, first), "rfsweep-warm-up");
        t.setDaemon(true);
        t.start();
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
