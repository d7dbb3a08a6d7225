package org.rfsweep.executor;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.Kernels;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.table.ChunkCommitter;
import org.rfsweep.table.FileTrees;
import org.rfsweep.table.TrialMarkers;
import org.rfsweep.table.TrialOutcome;
import org.rfsweep.table.WriteConf;

/**
 * The body of one Spark task, free of Spark types: runs a chunk's trials and commits their rows.
 * Consecutive trials of one {@link Kernel#groupKey} (the planner puts a group's trials together)
 * run as one group ({@link TrialExecutor#runGroup}); the others one by one.
 * Holds only the immutable {@link WriteConf}; the kernel is looked up on the executor.
 */
public final class ChunkTask implements Serializable {
    private static final long serialVersionUID = 1L;

    private final WriteConf conf;

    public ChunkTask(WriteConf conf) {
        this.conf = conf;
    }

    /**
     * Runs and commits {@code chunk}.
     *
     * @param executor  recorded in each row
     * @param cancelled polled between trials (and groups) and before the commit: a cancelled task commits nothing
     */
    public ChunkSummary run(Chunk chunk, String executor, BooleanSupplier cancelled) {
        long t0 = System.nanoTime();
        TrialExecutor trials = new TrialExecutor(executor, cancelled);
        Kernel kernel = Kernels.require(chunk.trials().get(0).kernel()); // a sweep has one kernel
        ChunkCommitter committer = new ChunkCommitter(conf, kernel);
        KernelWarmUp.ensure(kernel, chunk.trials().get(0)); // once per JVM and shape; task time, not trial time
        List<TrialOutcome> outcomes = new ArrayList<>();
        try {
            Path staging = committer.openStaging(chunk.id());
            try {
                for (List<TrialSpec> group : TrialGroups.consecutive(kernel, chunk.trials(), TrialGroups.MAX_GROUP)) {
                    checkNotCancelled(cancelled, chunk);
                    for (TrialOutcome o : trials.runGroup(kernel, group)) {
                        outcomes.add(o);
                        TrialMarkers.mark(staging, outcomes.size(), o.result().status());
                    }
                }
                checkNotCancelled(cancelled, chunk);
            } catch (RuntimeException | Error e) {
                FileTrees.deleteQuietly(staging); // nothing of a cancelled or crashed attempt stays
                throw e;
            }
            committer.commit(staging, chunk.id(), outcomes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit chunk " + chunk.id() + ": " + e.getMessage(), e);
        }
        return summarise(chunk, outcomes, (System.nanoTime() - t0) / 1e9);
    }

    private static void checkNotCancelled(BooleanSupplier cancelled, Chunk chunk) {
        if (cancelled.getAsBoolean()) {
            throw new TaskCancelledException("chunk " + chunk.id(), null);
        }
    }

    private static ChunkSummary summarise(Chunk chunk, List<TrialOutcome> outcomes, double taskSeconds) {
        int ok = 0;
        int diverged = 0;
        int failed = 0;
        double kernelSeconds = 0;
        String firstError = null;
        for (TrialOutcome o : outcomes) {
            kernelSeconds += o.wallSeconds();
            TrialStatus s = o.result().status();
            if (s == TrialStatus.OK) {
                ok++;
            } else if (s == TrialStatus.DIVERGED) {
                diverged++;
            } else {
                failed++;
                if (firstError == null) {
                    firstError = o.spec().trialId() + ": " + o.result().message();
                }
            }
        }
        return new ChunkSummary(chunk.id(), outcomes.size(), ok, diverged, failed, kernelSeconds, taskSeconds,
                firstError);
    }
}
