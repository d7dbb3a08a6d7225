package org.rfsweep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.plan.Committed;
import org.rfsweep.plan.Plan;
import org.rfsweep.plan.Planner;
import org.rfsweep.refine.RefinementRecord;
import org.rfsweep.spec.SweepSpec;
import org.rfsweep.spec.SweepSpecLoader;
import org.rfsweep.table.BadFile;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.PartitionScan;
import org.rfsweep.table.RunsIndex;
import org.rfsweep.table.SweepCommits;
import org.rfsweep.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rfsweep status [--out DIR] [SPEC...]}: per sweep in the output, the committed trials by
 * status; with specs, also how many of each spec's trials are missing. Reads the runs files
 * directly (no Spark).
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Per sweep in --out: trials done (ok), diverged, failed; and, for the sweeps whose "
                + "SPEC files are given, how many trials are still missing ('-' without a spec).",
            "Reads the output only; no Spark, nothing written."})
final class StatusCommand implements Callable<Integer> {
    @Mixin
    OutputOption output;

    @Parameters(arity = "0..*", paramLabel = "SPEC", description = "sweep specs whose missing trials to count")
    List<Path> specs = new ArrayList<>();

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        OutputLayout layout = output.readable();
        Map<String, SweepSpec> bySweep = new LinkedHashMap<>();
        for (Path p : specs) {
            SweepSpec s = RefinementRecord.applyTo(SweepSpecLoader.load(p, Long.MAX_VALUE), layout);
            bySweep.put(s.name(), s);
        }
        Set<String> sweeps = new TreeSet<>(layout.sweeps(Table.RUNS));
        sweeps.addAll(bySweep.keySet());
        TextTable table = new TextTable(List.of("sweep", "trials", "ok", "diverged", "failed", "missing"),
                new boolean[] {false, true, true, true, true, true});
        List<BadFile> bad = new ArrayList<>();
        for (String sweep : sweeps) {
            SweepCommits commits = SweepCommits.read(layout, sweep); // read once: records carry the counts
            RunsIndex index = RunsIndex.read(commits);
            bad.addAll(index.bad());
            for (Table t : List.of(Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS, Table.PHASE)) {
                bad.addAll(commits.scan(t).bad());
            }
            SweepSpec spec = bySweep.get(sweep);
            table.add(List.of(sweep, Integer.toString(index.size()), Long.toString(index.count(TrialStatus.OK)),
                    Long.toString(index.count(TrialStatus.DIVERGED)), Long.toString(index.count(TrialStatus.FAILED)),
                    spec == null ? "-" : Long.toString(missing(spec, index))));
        }
        PrintWriter out = command.commandLine().getOut();
        if (sweeps.isEmpty()) {
            out.println("no sweeps under " + layout.root());
        } else {
            table.aligned().forEach(out::println);
        }
        bad.addAll(otherBadFiles(layout, sweeps));
        if (!bad.isEmpty()) {
            out.println(bad.size() + " unreadable file(s), left out above; 'run' of their sweep moves them to "
                    + layout.quarantineDir() + "/ and runs their trials again:");
            bad.forEach(b -> out.println("  " + b));
        }
        return ExitCodes.OK;
    }

    /** Unreadable files of the sweeps that have no runs partition (the others were scanned above). */
    private static List<BadFile> otherBadFiles(OutputLayout layout, Set<String> scanned) {
        List<BadFile> bad = new ArrayList<>();
        for (Table t : List.of(Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS, Table.PHASE)) {
            for (String sweep : layout.sweeps(t)) {
                if (!scanned.contains(sweep)) {
                    bad.addAll(PartitionScan.of(layout, t, sweep).bad());
                }
            }
        }
        return bad;
    }

    /** Trials of {@code spec} (distinct ids) with no committed row in its own sweep. */
    static long missing(SweepSpec spec, RunsIndex index) {
        Plan plan = Planner.plan(spec, Committed.of(index::status, id -> null), false);
        return plan.missing();
    }
}
