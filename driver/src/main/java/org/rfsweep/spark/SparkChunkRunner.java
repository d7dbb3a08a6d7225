package org.rfsweep.spark;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkExecutorInfo;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.rfsweep.executor.Chunk;
import org.rfsweep.executor.ChunkSummary;
import org.rfsweep.executor.ChunkTask;
import org.rfsweep.run.Progress;
import org.rfsweep.run.RunReport;
import org.rfsweep.table.TrialMarkers;
import org.rfsweep.table.WriteConf;

/**
 * Runs the chunks of one sweep as ONE Spark job (one partition per chunk, in the given order),
 * printing a progress line at a fixed interval (trial-level: committed chunks from accumulators
 * plus the {@link TrialMarkers} of chunks in flight), and stops it on request ({@link #cancel()}, e.g.
 * from Ctrl-C) or, with fail-fast, at the first failed trial. After a stop it waits until no task
 * is running any more, so no late commit can race the next run's plan.
 */
public final class SparkChunkRunner {
    private static final long POLL_MILLIS = 100;

    private final SparkSession spark;
    private final PrintStream progressOut;
    private final long progressMillis;
    private final boolean failFast;
    private volatile boolean cancelRequested;
    private volatile String group;

    /**
     * @param progressOut    where progress lines go (stderr in the CLI)
     * @param progressMillis interval between progress lines
     * @param failFast       stop the job at the first failed trial
     */
    public SparkChunkRunner(SparkSession spark, PrintStream progressOut, long progressMillis, boolean failFast) {
        this.spark = spark;
        this.progressOut = progressOut;
        this.progressMillis = progressMillis;
        this.failFast = failFast;
    }

    /** Asks the running job to stop; committed chunks stay. Safe from any thread (signal handlers). */
    public void cancel() {
        cancelRequested = true;
        String g = group;
        if (g != null) {
            spark.sparkContext().cancelJobGroup(g);
        }
    }

    /** Runs {@code chunks}; never throws for kernel failures, which are rows. */
    public RunReport run(List<Chunk> chunks, WriteConf conf) throws ExecutionException {
        long total = chunks.stream().mapToLong(c -> c.trials().size()).sum();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        SparkChunkFunction.SparkRunCounters counters = new SparkChunkFunction.SparkRunCounters(
                jsc.sc().longAccumulator("trials"), jsc.sc().longAccumulator("ok"),
                jsc.sc().longAccumulator("diverged"), jsc.sc().longAccumulator("failed"),
                jsc.sc().doubleAccumulator("kernel seconds"), jsc.sc().doubleAccumulator("task seconds"));
        String myGroup = "rfsweep-" + conf.sweep() + "-" + UUID.randomUUID();
        long t0 = System.nanoTime();
        String stopReason = null;
        jsc.setJobGroup(myGroup, "rfsweep " + conf.sweep(), true);
        try {
            JavaFutureAction<List<ChunkSummary>> job = jsc.parallelize(chunks, Math.max(1, chunks.size()))
                    .map(new SparkChunkFunction(new ChunkTask(conf), counters)).collectAsync();
            group = myGroup;
            if (cancelRequested) {
                cancel();
            }
            stopReason = await(job, counters, conf, total, t0);
        } finally {
            group = null;
            jsc.clearJobGroup();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        progressOut.println(Progress.line(conf.sweep(), counters.trials().value(), total,
                counters.failed().value(), seconds));
        return new RunReport(total, counters.trials().value(), counters.ok().value(), counters.diverged().value(),
                counters.failed().value(), counters.kernelSeconds().value(), counters.taskSeconds().value(), seconds,
                jsc.sc().defaultParallelism(), stopReason);
    }

    /** Waits for the job, printing progress; returns why it was stopped early, or null. */
    private String await(JavaFutureAction<List<ChunkSummary>> job, SparkChunkFunction.SparkRunCounters counters,
                         WriteConf conf, long total, long t0) throws ExecutionException {
        ProgressMeter meter = new ProgressMeter(conf, total, t0);
        String stopReason = null;
        while (true) {
            try {
                job.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return stopReason;
            } catch (TimeoutException e) {
                // still running: fall through to the stop checks and progress
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelRequested = true;
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                awaitIdle();
                return whyEnded(e, stopReason);
            }
            if (stopReason == null) {
                stopReason = stopRequest(counters);
            }
            meter.maybePrint(counters);
        }
    }

    /** Why a job that ended with {@code e} stopped; rethrows a genuine (infrastructure) failure. */
    private String whyEnded(Exception e, String stopReason) throws ExecutionException {
        if (stopReason != null) {
            return stopReason;
        }
        if (cancelRequested) { // cancelled from another thread before the poll loop noticed
            return "interrupted";
        }
        if (e instanceof ExecutionException ee) {
            throw ee;
        }
        return "cancelled";
    }

    /** Cancels the job if asked to (interrupt) or if fail-fast sees a failure; returns the reason, or null. */
    private String stopRequest(SparkChunkFunction.SparkRunCounters counters) {
        String reason = cancelRequested ? "interrupted"
                : failFast && counters.failed().value() > 0 ? "fail-fast: a trial failed" : null;
        if (reason != null) {
            cancel();
        }
        return reason;
    }

    /**
     * Prints the progress line at the interval: committed chunks (accumulators) plus the finished
     * trials of chunks in flight ({@link TrialMarkers}), kept monotonic across the instant a chunk
     * moves from one count to the other.
     */
    private final class ProgressMeter {
        private final WriteConf conf;
        private final long total;
        private final long t0;
        private long nextPrint;
        private long shownDone;
        private long shownFailed;

        ProgressMeter(WriteConf conf, long total, long t0) {
            this.conf = conf;
            this.total = total;
            this.t0 = t0;
            this.nextPrint = t0 + TimeUnit.MILLISECONDS.toNanos(progressMillis);
        }

        void maybePrint(SparkChunkFunction.SparkRunCounters counters) {
            long now = System.nanoTime();
            if (now < nextPrint) {
                return;
            }
            long[] inFlight = TrialMarkers.count(conf.layout());
            shownDone = Math.max(shownDone, counters.trials().value() + inFlight[0]);
            shownFailed = Math.max(shownFailed, counters.failed().value() + inFlight[1]);
            progressOut.println(Progress.line(conf.sweep(), shownDone, total, shownFailed, (now - t0) / 1e9));
            nextPrint += TimeUnit.MILLISECONDS.toNanos(progressMillis);
        }
    }

    /**
     * Waits (up to a minute) until no executor reports a running task: a cancelled task may still be
     * finishing a trial, and must have died before the lock is released.
     */
    private void awaitIdle() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        int quiet = 0;
        while (quiet < 3 && System.nanoTime() < deadline) {
            quiet = runningTasks() == 0 ? quiet + 1 : 0;
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private int runningTasks() {
        int running = 0;
        for (SparkExecutorInfo info : spark.sparkContext().statusTracker().getExecutorInfos()) {
            running += info.numRunningTasks();
        }
        return running;
    }
}
