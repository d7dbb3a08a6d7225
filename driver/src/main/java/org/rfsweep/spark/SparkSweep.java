package org.rfsweep.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.plan.Chunk;
import org.rfsweep.plan.Chunker;
import org.rfsweep.plan.Plan;
import org.rfsweep.plan.Planner;
import org.rfsweep.run.OutputLock;
import org.rfsweep.run.RunReport;
import org.rfsweep.spec.SweepSpec;
import org.rfsweep.table.FailedRowPurger;
import org.rfsweep.table.OutputJanitor;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.RunsIndex;
import org.rfsweep.table.SpecStore;
import org.rfsweep.table.WriteConf;

/**
 * One {@code run} of a sweep, in order: take the output lock; remove staging leftovers and orphan
 * files; with retry-failed, drop the sweep's failed rows; plan the missing trials; run them as
 * chunks in one Spark job; rewrite the phase table; release the lock.
 * Each step is its own class; this one only sequences them.
 */
public final class SparkSweep {
    private final Supplier<SparkSession> spark;
    private final PrintStream log;
    private final Options options;
    private volatile SparkChunkRunner runner;
    private volatile boolean cancelled;

    /**
     * @param out           output root
     * @param retryFailed   re-run trials committed as failed
     * @param failFast      stop at the first failed trial
     * @param progressMillis interval of progress lines
     * @param gitCommit     code version for the provenance columns
     * @param localMaster   whether the executors run inside this JVM (a local master), so that a
     *                      stale lock of such a run, once its pid is dead, may be taken over
     */
    public record Options(OutputLayout out, boolean retryFailed, boolean failFast, long progressMillis, String gitCommit,
                          boolean localMaster) {
        /** Options for a local-mode run (executors inside this JVM). */
        public Options(OutputLayout out, boolean retryFailed, boolean failFast, long progressMillis, String gitCommit) {
            this(out, retryFailed, failFast, progressMillis, gitCommit, true);
        }
    }

    /** What a run did: the plan, the execution report, and how many phase rows were written. */
    public record Outcome(Plan plan, RunReport report, long phaseRows, int purgedFailed) {
        /** 0 when every trial of this run is ok or diverged and nothing stopped it early; else 1. */
        public int exitCode() {
            return report.failed() > 0 || report.stopReason() != null ? 1 : 0;
        }
    }

    /** @param spark supplies the session lazily, so nothing starts Spark before the lock and plan */
    public SparkSweep(Supplier<SparkSession> spark, PrintStream log, Options options) {
        this.spark = spark;
        this.log = log;
        this.options = options;
    }

    /** Stops a run in progress (from a signal handler): committed chunks stay, the lock is released. */
    public void cancel() {
        cancelled = true;
        SparkChunkRunner r = runner;
        if (r != null) {
            r.cancel();
        }
    }

    public Outcome run(SweepSpec spec) throws IOException, ExecutionException {
        OutputLayout out = options.out();
        OutputLock lock = OutputLock.acquire(out.lockFile(), "rfsweep run " + spec.name(), options.localMaster());
        if (lock.takenOver() != null) {
            log.println("[" + spec.name() + "] took over the stale lock of " + lock.takeoverReason() + ": "
                    + lock.takenOver());
        }
        try {
            new OutputJanitor(out).clean();
            int purged = options.retryFailed() ? new FailedRowPurger(out).purge(spec.name()) : 0;
            Plan plan = Planner.plan(spec, RunsIndex.read(out, spec.name()).statuses(), options.retryFailed());
            log.println(String.format(Locale.ROOT, "[%s] %d trials: %d done, %d failed kept, %d to run%s",
                    spec.name(), plan.total(), plan.done(), plan.failed(), plan.missing(),
                    purged > 0 ? " (" + purged + " failed trials to retry)" : ""));
            SparkSession session = spark.get();
            SpecStore.record(out, spec.name(), spec.specHash(), spec.sourceText(), session.sparkContext().master(),
                    options.gitCommit());
            WriteConf conf = new WriteConf(out.root().toString(), spec.name(), options.gitCommit(), spec.specHash());
            RunReport report = settled(execute(session, plan, conf), plan);
            long phaseRows = report.stopReason() == null ? SparkPhaseTable.write(session, spec.kernel(), conf) : 0;
            return new Outcome(plan, report, phaseRows, purged);
        } finally {
            removeIfEmpty(out.stagingDir());
            lock.close();
        }
    }

    /**
     * A run that was asked to stop (a signal, fail-fast) after its last chunk had committed ran to
     * the end: its report says so, and the phase table is written as after any complete run. The
     * committed runs files decide, not the job's counters, since a task may commit and be killed
     * before it reports.
     */
    private RunReport settled(RunReport report, Plan plan) {
        if (report.stopReason() == null || plan.missing() == 0) {
            return report;
        }
        Map<String, TrialStatus> committed = RunsIndex.read(options.out(), plan.sweep()).statuses();
        boolean all = plan.toRun().stream().allMatch(t -> committed.containsKey(t.trialId()));
        return all ? report.completed() : report;
    }

    private static void removeIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // not empty (a chunk of an interrupted task): the next run's janitor removes it
        }
    }

    private RunReport execute(SparkSession session, Plan plan, WriteConf conf) throws ExecutionException {
        int slots = session.sparkContext().defaultParallelism();
        if (plan.missing() == 0) {
            return RunReport.empty(slots);
        }
        List<Chunk> chunks = Chunker.standard().chunks(plan.toRun(), plan.costs(), slots);
        runner = new SparkChunkRunner(session, log, options.progressMillis(), options.failFast());
        if (cancelled) {
            runner.cancel();
        }
        try {
            return runner.run(chunks, conf);
        } finally {
            runner = null;
        }
    }
}
