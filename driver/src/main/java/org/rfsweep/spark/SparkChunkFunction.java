package org.rfsweep.spark;

import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.util.DoubleAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.rfsweep.executor.Chunk;
import org.rfsweep.executor.ChunkSummary;
import org.rfsweep.executor.ChunkTask;
import org.rfsweep.run.Hosts;

/**
 * The Spark side of one task: adapts {@link ChunkTask} to Spark (executor id, cancellation) and
 * reports its counts through accumulators, which the driver reads for live progress. Only
 * successful task attempts' accumulator updates are merged, so retries do not double-count.
 */
final class SparkChunkFunction implements Function<Chunk, ChunkSummary> {
    private static final long serialVersionUID = 1L;

    private final ChunkTask task;
    private final SparkRunCounters counters;

    SparkChunkFunction(ChunkTask task, SparkRunCounters counters) {
        this.task = task;
        this.counters = counters;
    }

    @Override
    public ChunkSummary call(Chunk chunk) {
        TaskContext ctx = TaskContext.get();
        String executor = SparkEnv.get().executorId() + "@" + Hosts.localName();
        ChunkSummary s = task.run(chunk, executor, ctx::isInterrupted);
        counters.record(s);
        return s;
    }

    /** The accumulators of one run. */
    record SparkRunCounters(LongAccumulator trials, LongAccumulator ok, LongAccumulator diverged,
                            LongAccumulator failed, DoubleAccumulator kernelSeconds, DoubleAccumulator taskSeconds)
            implements java.io.Serializable {
        void record(ChunkSummary s) {
            trials.add(s.trials());
            ok.add(s.ok());
            diverged.add(s.diverged());
            failed.add(s.failed());
            kernelSeconds.add(s.kernelSeconds());
            taskSeconds.add(s.taskSeconds());
        }
    }
}
