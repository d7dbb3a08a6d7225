package org.rfsweep.refine;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.plan.Plan;
import org.rfsweep.plan.Committed;
import org.rfsweep.plan.Planner;
import org.rfsweep.run.OutputLock;
import org.rfsweep.spark.SweepRunner;
import org.rfsweep.spec.GridSweepSpec;
import org.rfsweep.spec.SweepSpec;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.RunsIndex;

/**
 * Adaptive refinement of a level crossing ({@code rfsweep refine}, issue 6): repeatedly reads the
 * sweep's phase table, finds every bracket of neighbouring axis values across which the metric
 * crosses the level ({@link BracketFinder}), adds the midpoint of each bracket still wider than
 * the tolerance to the sweep's {@link RefinementRecord} and runs just those trials (every seed of
 * the grid point) with {@link SweepRunner}, which commits them chunk by chunk into the sweep's own
 * tables and rebuilds its phase table. Stops when every bracket is narrower than the tolerance (or
 * cannot be split in double precision) or when the next round would exceed the trial budget.
 *
 * <p>Everything it decides is derived from the tables and the record, so a killed refine resumes
 * where it stopped: recorded trials without rows are run first (never twice: the chunk commit
 * path), a stale phase table is rebuilt, and a refine with nothing left to do starts no Spark and
 * writes nothing.
 */
public final class Refiner {
    private final Supplier<SparkSession> spark;
    private final PrintStream log;
    private final SweepRunner.Options options;
    private volatile SweepRunner current;
    private volatile boolean cancelled;

    /** @param options the run options of the trials it runs (output, provenance, progress) */
    public Refiner(Supplier<SparkSession> spark, PrintStream log, SweepRunner.Options options) {
        this.spark = spark;
        this.log = log;
        this.options = options;
    }

    /** Stops a refine in progress (from a signal handler): the round's committed chunks stay, no new round starts. */
    public void cancel() {
        cancelled = true;
        SweepRunner s = current;
        if (s != null) {
            s.cancel();
        }
    }

    /** The final state: every series with its brackets, and what this refine did. */
    public record Result(List<BracketFinder.Series> series, RefineTarget target, long trialsRun, long trialsAdded,
                         int rounds, String stopReason, int exitCode) {
        /** One line per bracket or uncrossed series, then a summary line. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            boolean log = target.log();
            for (BracketFinder.Series s : series) {
                String at = GridPointKey.describe(s.at());
                if (s.brackets().isEmpty()) {
                    lines.add(at + ": no crossing of " + target.metric() + " = " + fmt(target.level()) + " ("
                            + s.noCrossingReason(target.level()) + "); nothing refined");
                    continue;
                }
                int n = s.brackets().size();
                for (int i = 0; i < s.brackets().size(); i++) {
                    Bracket b = s.brackets().get(i);
                    boolean done = b.width() <= target.tolerance() || !b.splittable(log);
                    lines.add(String.format(Locale.ROOT, "%s: %s in [%s, %s] (width %s, %s %s -> %s), crossing ~ %s%s%s",
                            at, target.axis(), fmt(b.lo()), fmt(b.hi()), fmt(b.width()), target.metric(),
                            fmt(b.mLo()), fmt(b.mHi()), fmt(b.crossing(target.level(), log)),
                            done ? "" : " (still wider than the tolerance " + fmt(target.tolerance()) + ")",
                            n == 1 ? "" : " [crossing " + (i + 1) + " of " + n + ": non-monotone or noisy, each refined]"));
                }
            }
            lines.add(String.format(Locale.ROOT, "refine: %s; %d rounds, %d new trials added, %d trials run "
                            + "(bisection in %s %s, tolerance %s, budget %d)", stopReason, rounds, trialsAdded, trialsRun,
                    log ? "log" : "linear", target.axis(), fmt(target.tolerance()), target.budget()));
            return lines;
        }

        private static String fmt(double v) {
            return Numbers.fmt(v);
        }
    }

    /**
     * Refines {@code spec}'s crossing of {@code target}.
     *
     * @throws RefineInputException if the sweep has not been run to completion in the output, or
     *                              the level lies outside the metric's range there (nothing written)
     */
    public Result refine(GridSweepSpec spec, RefineTarget target)
            throws RefineInputException, IOException, ExecutionException {
        OutputLayout out = options.out();
        RunsIndex runs = RunsIndex.read(out, spec.name());
        checkRun(spec, runs, out);
        RefinementRecord record = RefinementRecord.read(out, spec.name());
        PhaseSnapshot phase = PhaseSnapshot.read(out, spec.name());
        checkLevel(target, phase);
        long run = 0;
        long added = 0;
        int rounds = 0;
        while (true) {
            SweepSpec refined = record.apply(spec);
            Plan plan = Planner.plan(refined, Committed.of(runs::status, id -> null), false);
            if (plan.missing() > 0 || phase.trials() != runs.size()) {
                SweepRunner sweep = new SweepRunner(spark, log, options);
                current = sweep;
                if (cancelled) {
                    sweep.cancel();
                }
                SweepRunner.Outcome outcome;
                try {
                    outcome = sweep.run(refined);
                } finally {
                    current = null;
                }
                run += outcome.report().finished();
                if (outcome.exitCode() != 0) {
                    String why = outcome.report().stopReason() != null ? outcome.report().stopReason()
                            : outcome.report().failed() + " trials failed";
                    return result(refined, target, run, added, rounds, "stopped: " + why, 1);
                }
                runs = RunsIndex.read(out, spec.name());
                phase = PhaseSnapshot.read(out, spec.name());
            }
            List<BracketFinder.Series> series = phase.series(refined, target);
            List<Bracket> open = new ArrayList<>();
            series.forEach(s -> s.brackets().stream()
                    .filter(b -> b.width() > target.tolerance() && b.splittable(target.log())).forEach(open::add));
            if (open.isEmpty()) {
                return new Result(series, target, run, added, rounds,
                        series.stream().allMatch(s -> s.brackets().isEmpty()) ? "no bracket to refine"
                                : "every bracket is within the tolerance", 0);
            }
            if (cancelled) {
                return new Result(series, target, run, added, rounds, "stopped: interrupted", 1);
            }
            long left = target.budget() - added;
            List<RefinedPoint> next = nextPoints(spec, target, open, left);
            if (next.isEmpty() && open.stream().anyMatch(b -> b.trialsPerPoint() <= left)) {
                return new Result(series, target, run, added, rounds, "stopped: the kernel refuses the trials at "
                        + "every open bracket's midpoint (kernel " + spec.kernel().name() + " validate)", 1);
            }
            if (next.isEmpty()) {
                return new Result(series, target, run, added, rounds, "trial budget spent (" + added + " of "
                        + target.budget() + "; the next point costs " + open.get(0).trialsPerPoint() + ")", 0);
            }
            for (RefinedPoint p : next) {
                added += costOf(open, p);
            }
            record = append(out, spec, next);
            rounds++;
            log.println(String.format(Locale.ROOT, "[%s] refine round %d: %d brackets wider than %s, %d new %s values",
                    spec.name(), rounds, open.size(), target.tolerance(), next.size(), target.axis()));
        }
    }

    private Result result(SweepSpec refined, RefineTarget target, long run, long added, int rounds, String why,
                          int code) throws IOException {
        PhaseSnapshot phase = PhaseSnapshot.read(options.out(), refined.name());
        return new Result(phase.series(refined, target), target, run, added, rounds, why, code);
    }

    /** The midpoints of the widest open brackets that fit in {@code budget} trials, widest first. */
    private static List<RefinedPoint> nextPoints(GridSweepSpec spec, RefineTarget target, List<Bracket> open,
                                                 long budget) {
        List<Bracket> byWidth = new ArrayList<>(open);
        byWidth.sort(Comparator.comparingDouble(Bracket::width).reversed());
        List<RefinedPoint> points = new ArrayList<>();
        long left = budget;
        for (Bracket b : byWidth) {
            if (b.trialsPerPoint() > left) {
                continue;
            }
            RefinedPoint p = new RefinedPoint(target.axis(), b.midpoint(target.log()), b.at());
            if (valid(spec, p)) {
                points.add(p);
                left -= b.trialsPerPoint();
            }
        }
        return points;
    }

    /** Whether the kernel accepts the point's trials (a real axis value inside a valid bracket nearly always is). */
    private static boolean valid(GridSweepSpec spec, RefinedPoint p) {
        try {
            for (TrialSpec t : new RefinedSweep(spec, List.of(p)).extraTrials()) {
                spec.kernel().validate(t.params());
            }
            return true;
        } catch (InvalidParameterException e) {
            return false;
        }
    }

    private static long costOf(List<Bracket> open, RefinedPoint p) {
        return open.stream().filter(b -> b.at().equals(p.at()) && b.lo() < p.value() && p.value() < b.hi())
                .mapToLong(Bracket::trialsPerPoint).findFirst().orElse(0);
    }

    /** Appends points to the record under the output lock (re-reading it there), and returns the new record. */
    private RefinementRecord append(OutputLayout out, GridSweepSpec spec, List<RefinedPoint> points) throws IOException {
        OutputLock lock = OutputLock.acquire(out.lockFile(), "rfsweep refine " + spec.name(), options.localMaster());
        if (lock.takenOver() != null) {
            log.println("[" + spec.name() + "] took over the stale lock of " + lock.takeoverReason() + ": "
                    + lock.takenOver());
        }
        try {
            RefinementRecord record = RefinementRecord.read(out, spec.name()).plus(points);
            record.write(out);
            return record;
        } finally {
            lock.close();
        }
    }

    private static void checkRun(GridSweepSpec spec, RunsIndex runs, OutputLayout out) throws RefineInputException {
        long missing = Planner.plan(spec, Committed.of(runs::status, id -> null), false).missing();
        if (runs.size() == 0) {
            throw new RefineInputException("sweep " + spec.name() + " has no trials in " + out.root()
                    + "; run it first: rfsweep run " + spec.sourceName() + " --out " + out.root());
        }
        if (missing > 0) {
            throw new RefineInputException("sweep " + spec.name() + " is incomplete in " + out.root() + ": " + missing
                    + " of " + spec.trialCount() + " trials missing; finish it first: rfsweep run " + spec.sourceName() + " --out " + out.root());
        }
    }

    private static void checkLevel(RefineTarget target, PhaseSnapshot phase) throws RefineInputException {
        if (target.share()) {
            return;
        }
        double[] range = phase.range(target.metric());
        if (range != null && !(target.level() > range[0] && target.level() <= range[1])) {
            throw new RefineInputException("--level: " + Numbers.fmt(target.level()) + " is outside the range of "
                    + target.metric() + " in the phase table, (" + Numbers.fmt(range[0]) + ", " + Numbers.fmt(range[1])
                    + "]; no grid point crosses it");
        }
    }
}
