package org.rfsweep.run;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.TrialSpec;

/**
 * Runs a kernel's warm-up trial ({@link Kernel#warmUpTrial}) once per JVM and warm-up trial id,
 * before the first real trial of that shape, so that the JIT's cold start (the vector loops run
 * 30-100 times slower until C2 has compiled them) is not charged to a user's trial: a JVM's first
 * trial then runs near the steady rate, and the warm-up's time shows as overhead in the run's
 * summary line instead. The result is discarded; a warm-up that fails is simply not retried
 * (the real trial then reports whatever is wrong). Tasks that start at the same time on one
 * executor each warm up (their calls count towards the same JIT thresholds), rather than one
 * waiting idle for the other.
 */
final class KernelWarmUp {
    /** {@code -Drfsweep.warmup=false} switches warm-ups off, for measuring what they save. */
    static final String PROPERTY = "rfsweep.warmup";
    private static final Set<String> DONE = ConcurrentHashMap.newKeySet();

    private KernelWarmUp() {
    }

    /** Warms {@code kernel} up for trials like {@code first}, unless this JVM already did. */
    static void ensure(Kernel kernel, TrialSpec first) {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY))) {
            return;
        }
        Optional<TrialSpec> warmUp;
        try {
            warmUp = kernel.warmUpTrial(first.params());
        } catch (RuntimeException e) {
            return; // invalid parameters: the trial itself will say so
        }
        if (warmUp.isEmpty() || DONE.contains(warmUp.get().trialId())) {
            return;
        }
        try {
            kernel.run(warmUp.get());
        } catch (RuntimeException e) {
            // a warm-up that fails is not retried; the real trial reports the problem
        }
        DONE.add(warmUp.get().trialId());
    }
}
