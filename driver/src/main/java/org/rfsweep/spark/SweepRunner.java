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
import org.rfsweep.executor.Chunk;
import org.rfsweep.plan.Chunker;
import org.rfsweep.plan.Plan;
import org.rfsweep.plan.Planner;
import org.rfsweep.executor.KernelWarmUp;
import org.rfsweep.run.OutputLock;
import org.rfsweep.run.RunReport;
import org.rfsweep.spec.SweepSpec;
import org.rfsweep.store.HadoopSettings;
import org.rfsweep.store.StorePaths;
import org.rfsweep.table.FailedRowPurger;
import org.rfsweep.table.Manifest;
import org.rfsweep.table.OutputJanitor;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.plan.Work;
import org.rfsweep.table.OutputTrials;
import org.rfsweep.table.ParquetFiles;
import org.rfsweep.table.PhaseColumns;
import org.rfsweep.table.PhaseInputs;
import org.rfsweep.table.Quarantine;
import org.rfsweep.table.RunsIndex;
import org.rfsweep.table.Table;
import org.rfsweep.table.TrialCopier;
import org.rfsweep.table.SpecStore;
import org.rfsweep.table.WriteConf;

/**
 * One {@code run} of a sweep, in order: take the output lock; remove staging leftovers and orphan
 * files; set unreadable files aside (quarantine); with retry-failed, drop the sweep's failed rows;
 * plan; copy the trials other sweeps already hold; run the missing ones as chunks in one Spark
 * job; rewrite the phase table; release the lock. With nothing to compute and a current phase
 * table, Spark is never started.
 * Each step is its own class; this one only sequences them: it is the driver-side orchestrator of
 * a run ({@code run}, {@code refine}), and the only place that knows their order.
 */
public final class SweepRunner {
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

    /**
     * What a run did: the plan, the execution report, how many phase rows the table has, how many
     * failed trials were un-failed, trials copied from other sweeps, and the files set aside.
     */
    public record Outcome(Plan plan, RunReport report, long phaseRows, int purgedFailed, long copied,
                          List<Quarantine.SetAside> quarantined) {
        /** 0 when every trial of this run is ok or diverged and nothing stopped it early; else 1. */
        public int exitCode() {
            return report.failed() > 0 || report.stopReason() != null ? 1 : 0;
        }
    }

    /** @param spark supplies the session lazily, so nothing starts Spark before the lock and plan */
    public SweepRunner(Supplier<SparkSession> spark, PrintStream log, Options options) {
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
            // quarantine first: the janitor deletes orphan files, and a foreign file must be moved, never deleted
            List<Quarantine.SetAside> quarantined = new Quarantine(out).setAside(Quarantine.find(out, spec.name()));
            quarantined.forEach(q -> log.println(quarantineLine(spec.name(), q)));
            new OutputJanitor(out).clean();
            int purged = options.retryFailed() ? new FailedRowPurger(out).purge(spec.name()) : 0;
            OutputTrials trials = OutputTrials.read(out, spec.name());
            Work work = Planner.work(spec, trials, options.retryFailed());
            Plan plan = work.plan();
            log.println(String.format(Locale.ROOT, "[%s] %d trials: %d done, %d failed kept, %d copied from other "
                            + "sweeps, %d to run%s", spec.name(), plan.total(), plan.done(), plan.failed(), plan.copied(),
                    plan.missing(), purged > 0 ? " (" + purged + " failed trials to retry)" : ""));
            long copied = new TrialCopier(out, spec.name()).copy(work.copies(), trials, () -> cancelled);
            WriteConf conf = new WriteConf(out.root().toString(), spec.name(), options.gitCommit(), spec.specHash(),
                    StorePaths.isHadoop(out.root()) ? HadoopSettings.fromSystemProperties() : Map.of());
            if (cancelled) {
                return new Outcome(plan, new RunReport(0, 0, 0, 0, 0, 0, 0, 0, 0, "interrupted"), 0, purged, copied, quarantined);
            }
            if (work.toRun().isEmpty() && PhaseInputs.isCurrent(out, spec.name(),
                    PhaseInputs.fingerprint(out, spec.name(), conf.gitCommit(), conf.specHash(), new PhaseColumns(spec.kernel())))) {
                // nothing to compute and the phase table is current: no Spark, nothing rewritten
                return new Outcome(plan, RunReport.empty(0), phaseRows(out, spec.name()), purged, copied, quarantined);
            }
            if (options.localMaster() && !work.toRun().isEmpty()) {
                KernelWarmUp.startInBackground(spec.kernel(), work.toRun().get(0)); // on the core Spark's start leaves idle
            }
            SparkSession session = spark.get();
            SpecStore.record(out, spec.name(), spec.specHash(), spec.sourceText(), session.sparkContext().master(),
                    options.gitCommit());
            RunReport report = settled(execute(session, work, conf), work);
            long phaseRows = report.stopReason() == null ? SparkPhaseTable.write(session, spec.kernel(), conf) : 0;
            return new Outcome(plan, report, phaseRows, purged, copied, quarantined);
        } finally {
            removeIfEmpty(out.stagingDir());
            writeManifest(out);
            lock.close();
        }
    }

    private static String quarantineLine(String sweep, Quarantine.SetAside q) {
        return String.format(Locale.ROOT, "[%s] set aside unreadable %s (%s)%s into %s; its trials run again",
                sweep, q.file().file(), q.file().problem(),
                q.moved().size() > 1 ? " with its chunk's other " + (q.moved().size() - 1) + " file(s)" : "",
                q.directory());
    }

    private static long phaseRows(OutputLayout out, String sweep) throws IOException {
        return ParquetFiles.rowCount(out.partitionDir(Table.PHASE, sweep).resolve(SparkPhaseTable.PHASE_FILE));
    }

    /**
     * A run that was asked to stop (a signal, fail-fast) after its last chunk had committed ran to
     * the end: its report says so, and the phase table is written as after any complete run. The
     * committed runs files decide, not the job's counters, since a task may commit and be killed
     * before it reports.
     */
    private RunReport settled(RunReport report, Work work) {
        if (report.stopReason() == null || work.toRun().isEmpty()) {
            return report;
        }
        RunsIndex committed = RunsIndex.read(options.out(), work.plan().sweep());
        boolean all = work.toRun().stream().allMatch(t -> committed.status(t.trialId()) != null);
        return all ? report.completed() : report;
    }

    /**
     * Publishes the committed files for DuckDB and pyarrow, whatever happened to the run. Best
     * effort: it is derived from the commit records, and a failure here (a full disk) must not hide
     * the run's own outcome; the next run writes it again.
     */
    private static void writeManifest(OutputLayout out) {
        try {
            Manifest.write(out);
        } catch (IOException | RuntimeException e) {
            // the manifest stays as it was; readers through rfsweep never use it
        }
    }

    private static void removeIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // not empty (a chunk of an interrupted task): the next run's janitor removes it
        }
    }

    private RunReport execute(SparkSession session, Work work, WriteConf conf) throws ExecutionException {
        int slots = session.sparkContext().defaultParallelism();
        if (work.toRun().isEmpty()) {
            return RunReport.empty(slots);
        }
        List<Chunk> chunks = Chunker.standard().chunks(work.toRun(), work.costs(), slots);
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
