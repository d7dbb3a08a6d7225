package org.rfsweep.refine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.cli.Main;
import org.rfsweep.spark.SparkSessions;
import org.rfsweep.spark.SweepRunner;
import org.rfsweep.spec.GridSweepSpec;
import org.rfsweep.spec.SweepSpecLoader;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.testkit.SweepFixture;
import org.rfsweep.testkit.ThresholdKernel;

/**
 * {@code refine} on the {@link ThresholdKernel}, whose thresholds are known exactly, on one shared
 * local[2] session: the sweep is run and refined once (in {@link #start}); the tests check what
 * that produced, a resumed and a repeated refine, and the CLI's errors (which start no Spark).
 */
class RefineTest {
    static final double TOLERANCE = 0.1;
    static final int GAINS = 9;
    static final int SEEDS = 3;
    static final int GROUPS = 4;
    static final int BASE_TRIALS = GROUPS * GAINS * SEEDS;

    private static SparkSession spark;
    private static SweepFixture fx;
    private static Path out;
    private static Path specFile;
    private static GridSweepSpec spec;
    private static RefineTarget target;
    private static Refiner.Result first;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkSessions.create("local[2]");
        fx = new SweepFixture(spark);
        out = dir.resolve("results");
        specFile = dir.resolve("thr.yaml");
        Files.writeString(specFile, String.join("\n",
                "name: thr",
                "kernel: threshold-kernel",
                "fixed:",
                "  scale: 2",
                "grid:",
                "  group: [sharp, seeded, window, never]",
                "  gain: {logspace: [-2, 1, " + GAINS + "]}",
                "  seed: {range: [0, " + SEEDS + "]}",
                ""));
        spec = (GridSweepSpec) SweepSpecLoader.load(specFile, 1000);
        SweepRunner.Outcome base = sweep().run(spec);
        assertEquals(BASE_TRIALS, base.report().finished());
        target = RefineTarget.of(spec, "frac_localised", "gain", 0.5, TOLERANCE, 1000);
        first = refiner().refine(spec, target);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static SweepRunner sweep() {
        return fx.sweep(out, false, false);
    }

    private static Refiner refiner() {
        return new Refiner(() -> spark, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new SweepRunner.Options(new OutputLayout(out), false, false, 500, "test-commit"));
    }

    private static List<Bracket> brackets(Refiner.Result r, String group) {
        return r.series().stream().filter(s -> s.at().get("group").equals(group)).findFirst().orElseThrow().brackets();
    }

    @Test
    void findsEachKnownThresholdWithinTheTolerance() {
        assertTrue(target.log(), "a logspace grid is bisected in log gain");
        assertEquals(0, first.exitCode(), first.lines().toString());
        // sharp: one crossing at g* = 1.2345 for every seed
        List<Bracket> sharp = brackets(first, "sharp");
        assertEquals(1, sharp.size());
        Bracket b = sharp.get(0);
        assertTrue(b.lo() <= ThresholdKernel.SHARP && ThresholdKernel.SHARP < b.hi(), b.toString());
        assertTrue(b.width() <= TOLERANCE, b.toString());
        assertEquals(0.0, b.mLo());
        assertEquals(1.0, b.mHi());
        assertEquals(ThresholdKernel.SHARP, b.crossing(0.5, true), TOLERANCE);
        // seeded: thresholds 3.00, 3.06, 3.12 for seeds 0, 1, 2; frac_localised reaches 0.5 (2 of 3) above 3.06
        Bracket s = brackets(first, "seeded").get(0);
        double second = ThresholdKernel.threshold("seeded", 1);
        assertTrue(s.lo() <= second && second < s.hi(), s.toString());
        assertTrue(s.width() <= TOLERANCE, s.toString());
        // the bracket (0.1 wide) may also hold the third seed's threshold (3.12): 0 or 1/3 below, 2/3 or 1 above
        assertTrue(s.mLo() < 0.5 && s.mLo() * 3 == Math.rint(s.mLo() * 3), s.toString());
        assertTrue(s.mHi() > 0.5 && s.mHi() * 3 == Math.rint(s.mHi() * 3), s.toString());
        // window: localised for 0.5 < g < 2, two crossings, both refined
        List<Bracket> window = brackets(first, "window");
        assertEquals(2, window.size());
        assertTrue(window.get(0).lo() <= 0.5 && 0.5 < window.get(0).hi() && window.get(0).rising());
        assertTrue(window.get(1).lo() < 2 && 2 <= window.get(1).hi() && !window.get(1).rising());
        window.forEach(w -> assertTrue(w.width() <= TOLERANCE, w.toString()));
        // never: no crossing, reported, nothing added
        assertTrue(brackets(first, "never").isEmpty());
        assertTrue(first.lines().stream().anyMatch(l -> l.startsWith("group=never: no crossing")), first.lines().toString());
        assertTrue(first.lines().stream().anyMatch(l -> l.contains("crossing 2 of 2")), first.lines().toString());
    }

    @Test
    void usesFewerTrialsThanTheEquivalentDenseGrid() {
        // log bisection from a 9-point logspace grid (ratio 10^(3/8) = 2.37 between neighbours) down to
        // width 0.1 (ratio 1 + 0.1/g at the crossing g): sharp (g = 1.23) needs 4 halvings, seeded (3.06) 5,
        // window (0.5 and 2) 3 and 5: 17 values x 3 seeds, in 5 rounds.
        assertEquals(17 * SEEDS, first.trialsAdded(), first.lines().toString());
        assertEquals(first.trialsAdded(), first.trialsRun());
        assertEquals(5, first.rounds());
        long refined = BASE_TRIALS + first.trialsRun();
        // a dense grid resolving 0.1 everywhere on [0.01, 10]: 100 gains per group and seed
        long dense = (long) Math.ceil((10 - 0.01) / TOLERANCE) * GROUPS * SEEDS;
        assertEquals(1200, dense);
        assertEquals(159, refined);
        assertTrue(refined * 7 < dense, refined + " trials vs a dense grid of " + dense);
    }

    @Test
    void newRowsAreInRunsAndPhaseExactlyOnce() {
        long total = BASE_TRIALS + first.trialsRun();
        assertEquals(total, fx.count(out, "SELECT count(*) FROM runs WHERE sweep = 'thr'"));
        assertEquals(total, fx.count(out, "SELECT count(DISTINCT trial_id) FROM runs WHERE sweep = 'thr'"));
        assertEquals(total, fx.count(out, "SELECT sum(n_trials) FROM phase WHERE sweep = 'thr'"));
        assertEquals(total / SEEDS, fx.count(out, "SELECT count(*) FROM phase WHERE sweep = 'thr' AND n_seeds = 3"));
        // the new trials share the spec's fixed values and provenance
        assertEquals(total, fx.count(out, "SELECT count(*) FROM runs WHERE scale = 2.0 AND width = 2 AND spec_hash = '"
                + spec.specHash() + "'"));
        // every refined gain of a group is a bisection midpoint inside the original bracket
        List<Row> sharp = fx.sql(out, "SELECT gain, frac_localised FROM phase WHERE group = 'sharp' "
                + "AND gain > 0.75 AND gain < 1.77 ORDER BY gain"); // strictly inside the grid's bracket [0.7499, 1.7783]
        assertEquals(4, sharp.size());
        for (Row r : sharp) {
            assertEquals(r.getDouble(0) > ThresholdKernel.SHARP ? 1.0 : 0.0, r.getDouble(1), r.toString());
        }
    }

    @Test
    void planAndStatusCountTheRefinedTrialsAsPartOfTheSweep() throws IOException {
        long total = BASE_TRIALS + first.trialsRun();
        Result plan = rfsweep("plan", specFile.toString(), "--out", out.toString());
        assertEquals(0, plan.code(), plan.err());
        assertTrue(plan.out().contains(total + " trials"), plan.out());
        assertTrue(plan.out().contains("to run: 0"), plan.out());
        Result status = rfsweep("status", "--out", out.toString(), specFile.toString());
        assertTrue(status.out().matches("(?s).*thr\\s+" + total + "\\s+" + total + "\\s+0\\s+0\\s+0\\s.*"), status.out());
        // the record: one point per added value, readable JSON beside the tables
        RefinementRecord record = RefinementRecord.read(new OutputLayout(out), "thr");
        assertEquals(first.trialsAdded() / SEEDS, record.points().size());
        assertEquals(first.trialsAdded(), new RefinedSweep(spec, record.points()).extraTrials().size());
    }

    @Test
    void aSecondRefineIsANoOpAndStartsNoSpark() throws IOException {
        Path record = RefinementRecord.file(new OutputLayout(out), "thr");
        byte[] before = Files.readAllBytes(record);
        List<String> files = listing(out);
        // through the CLI: nothing to run, so no Spark session is created (the CLI would start its own)
        Result again = rfsweep("refine", specFile.toString(), "--out", out.toString(), "--level", "0.5",
                "--tolerance", Double.toString(TOLERANCE));
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("0 rounds, 0 new trials added, 0 trials run"), again.out());
        assertTrue(again.out().contains("group=sharp: gain in ["), again.out());
        assertArrayEquals(before, Files.readAllBytes(record));
        assertEquals(files, listing(out));
    }

    @Test
    void aKilledRefineResumesWithoutDuplicates() throws Exception {
        // a refine killed after recording a point but before its trials committed: the point is in
        // the record, its trials are missing; the next refine runs them, once
        Path other = dir.resolve("resume");
        copy(out, other);
        OutputLayout layout = new OutputLayout(other);
        RefinementRecord record = RefinementRecord.read(layout, "thr");
        record.plus(List.of(new RefinedPoint("gain", 5.0, new TreeMap<>(Map.of("group", "never"))))).write(layout);
        Refiner r = new Refiner(() -> spark, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new SweepRunner.Options(layout, false, false, 500, "test-commit"));
        Refiner.Result resumed = r.refine(spec, target);
        assertEquals(SEEDS, resumed.trialsRun());
        assertEquals(0, resumed.trialsAdded());
        long total = BASE_TRIALS + first.trialsRun() + SEEDS;
        assertEquals(total, fx.count(other, "SELECT count(DISTINCT trial_id) FROM runs WHERE sweep = 'thr'"));
        assertEquals(total, fx.count(other, "SELECT count(*) FROM runs WHERE sweep = 'thr'"));
        assertEquals(total, fx.count(other, "SELECT sum(n_trials) FROM phase WHERE sweep = 'thr'"));
        assertEquals(0, r.refine(spec, target).trialsRun());
    }

    @Test
    void aBudgetStopsRefinementEarly() throws Exception {
        Path other = dir.resolve("budget");
        Files.createDirectories(other);
        copy(out.resolve("runs"), other.resolve("runs"));
        for (String d : List.of("trajectories", "receptive_fields", "_commits")) { // the chunks whole, with their records
            copy(out.resolve(d), other.resolve(d));
        }
        copy(out.resolve("phase"), other.resolve("phase")); // without the record: the unrefined sweep... plus stale rows
        Result res = rfsweep("plan", specFile.toString(), "--out", other.toString());
        assertEquals(0, res.code(), res.err());
        assertTrue(res.out().contains("to run: 0"), res.out()); // the refined rows are foreign to the unrefined spec
        RefineTarget small = RefineTarget.of(spec, "frac_localised", "gain", 0.5, 0.001, 5);
        Refiner.Result r = new Refiner(() -> spark, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new SweepRunner.Options(new OutputLayout(other), false, false, 500, "t"))
                .refine(spec, small);
        assertEquals(3, r.trialsAdded(), r.lines().toString()); // one value (3 seeds) fits in 5, the next round does not
        assertTrue(r.stopReason().startsWith("trial budget spent"), r.stopReason());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q);
                }
            }
        }
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            List<String> names = new ArrayList<>();
            s.forEach(p -> names.add(root.relativize(p) + ":" + p.toFile().length() + ":" + p.toFile().lastModified()));
            names.sort(null);
            return names;
        }
    }

    /** The exit code, stdout and stderr of one command line. */
    record Result(int code, String out, String err) {
    }

    static Result rfsweep(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), args);
        return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badInputIsOneLineExitTwoAndWritesNothing() throws IOException {
        List<String> files = listing(out);
        String[][] cases = {
            {"--metric", "frac_localized", "did you mean 'frac_localised'?"},
            {"--metric", "ipr_maen", "did you mean 'ipr_mean'?"},
            {"--axis", "gian", "did you mean 'gain'?"},
            {"--axis", "scale", "scale is not swept in sweep thr"},
            {"--axis", "group", "group is not a real-valued parameter (it is a choice)"},
            {"--axis", "seed", "seed is the replicate axis"},
            {"--level", "1.5", "the level must be in (0, 1]"},
            {"--level", "0", "the level must be in (0, 1]"},
            {"--tolerance", "0", "--tolerance: must be a positive width"},
            {"--tolerance", "-1", "--tolerance: must be a positive width"},
            {"--budget", "0", "--budget: must be at least 1"},
        };
        for (String[] c : cases) {
            List<String> args = new ArrayList<>(List.of("refine", specFile.toString(), "--out", out.toString()));
            if (!c[0].equals("--level")) {
                args.addAll(List.of("--level", "0.5"));
            }
            args.addAll(List.of(c[0], c[1]));
            Result r = rfsweep(args.toArray(new String[0]));
            assertEquals(2, r.code(), c[1] + ": " + r.err());
            assertTrue(r.err().contains(c[2]), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertEquals("", r.out());
        }
        // a level outside the metric's observed range: ipr_mean spans 0.0101 .. 0.11 here
        Result range = rfsweep("refine", specFile.toString(), "--out", out.toString(), "--metric", "ipr", "--level", "7");
        assertEquals(2, range.code(), range.err());
        assertTrue(range.err().contains("--level: 7 is outside the range of ipr_mean in the phase table, (0.0101, 0.11]"),
                range.err());
        assertEquals(files, listing(out));
        // a sweep that has not been run
        Path fresh = dir.resolve("fresh");
        Result notRun = rfsweep("refine", specFile.toString(), "--out", fresh.toString(), "--level", "0.5");
        assertEquals(2, notRun.code(), notRun.err());
        assertTrue(notRun.err().contains("sweep thr has no trials in") && notRun.err().contains("run it first"),
                notRun.err());
        assertFalse(Files.exists(fresh), "nothing written");
    }
}
