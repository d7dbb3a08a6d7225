package org.rfsweep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.refine.RefinementRecord;
import org.rfsweep.spec.SweepSpec;
import org.rfsweep.spec.SweepSpecLoader;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.RunsIndex;
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
        for (String sweep : sweeps) {
            RunsIndex index = RunsIndex.read(layout, sweep);
            SweepSpec spec = bySweep.get(sweep);
            table.add(List.of(sweep, Integer.toString(index.size()), Long.toString(index.count(TrialStatus.OK)),
                    Long.toString(index.count(TrialStatus.DIVERGED)), Long.toString(index.count(TrialStatus.FAILED)),
                    spec == null ? "-" : Long.toString(missing(spec, index))));
        }
        if (sweeps.isEmpty()) {
            command.commandLine().getOut().println("no sweeps under " + layout.root());
            return ExitCodes.OK;
        }
        table.aligned().forEach(command.commandLine().getOut()::println);
        return ExitCodes.OK;
    }

    /** Distinct trials of {@code spec} with no committed row. */
    static long missing(SweepSpec spec, RunsIndex index) {
        Set<String> seen = new HashSet<>();
        long missing = 0;
        for (Iterator<TrialSpec> it = spec.trials(); it.hasNext(); ) {
            String id = it.next().trialId();
            if (seen.add(id) && !index.statuses().containsKey(id)) {
                missing++;
            }
        }
        return missing;
    }
}
