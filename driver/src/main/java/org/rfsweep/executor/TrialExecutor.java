package org.rfsweep.executor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.table.TrialOutcome;

/**
 * Runs one trial through its kernel and records the execution facts. A kernel exception becomes
 * a {@code failed} result carrying its message (failure semantics, DESIGN.md): it is data, never
 * rethrown, so Spark does not retry it. An {@link Error} (out of memory, a lost JVM resource) is
 * an infrastructure failure and propagates, so Spark may retry the task; so does any exception
 * raised while the task is being cancelled, which must not be recorded as the trial's outcome.
 */
public final class TrialExecutor {
    private final String executor;
    private final BooleanSupplier cancelled;

    /**
     * @param executor  where trials run (recorded in each row)
     * @param cancelled whether the surrounding task is being cancelled
     */
    public TrialExecutor(String executor, BooleanSupplier cancelled) {
        this.executor = executor;
        this.cancelled = cancelled;
    }

    /**
     * Runs trials of one {@link Kernel#groupKey} together through {@link Kernel#runGroup} (one
     * trial: {@link #run}). The group's wall time is divided equally among its trials, each of
     * which records the group's start and end: {@code steps_per_second} of a grouped trial is its
     * steps over that share, so the runs table's per-trial rates add up to the group's throughput.
     * If the kernel throws, the group is run again trial by trial, so a trial with a problem of
     * its own fails alone and the others are computed as usual.
     */
    public List<TrialOutcome> runGroup(Kernel kernel, List<TrialSpec> group) {
        if (group.size() == 1) {
            return List.of(run(kernel, group.get(0)));
        }
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        List<TrialResult> results;
        try {
            results = kernel.runGroup(group);
        } catch (Exception e) {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new TaskCancelledException(group.get(0).trialId(), e);
            }
            results = null;
        }
        if (results == null || results.size() != group.size() || results.contains(null)) {
            return oneByOne(kernel, group);
        }
        double share = (System.nanoTime() - t0) / 1e9 / group.size();
        long start = micros(started);
        long end = micros(Instant.now());
        List<TrialOutcome> out = new ArrayList<>(group.size());
        for (int i = 0; i < group.size(); i++) {
            out.add(new TrialOutcome(group.get(i), results.get(i), share, start, end, executor));
        }
        return out;
    }

    private List<TrialOutcome> oneByOne(Kernel kernel, List<TrialSpec> group) {
        List<TrialOutcome> out = new ArrayList<>(group.size());
        for (TrialSpec t : group) {
            out.add(run(kernel, t));
        }
        return out;
    }

    public TrialOutcome run(Kernel kernel, TrialSpec spec) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        TrialResult result;
        try {
            result = kernel.run(spec);
            if (result == null) {
                result = TrialResult.failed("kernel " + spec.kernel() + " returned no result");
            }
        } catch (Exception e) { // also checked exceptions a kernel may throw sneakily
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new TaskCancelledException(spec.trialId(), e);
            }
            result = TrialResult.failed(describe(e));
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        Instant finished = Instant.now();
        return new TrialOutcome(spec, result, wall, micros(started), micros(finished), executor);
    }

    /** The exception's class and message, as recorded in the runs table's {@code error} column. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }
}
