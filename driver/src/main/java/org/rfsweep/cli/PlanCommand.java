package org.rfsweep.cli;

import java.util.concurrent.Callable;
import org.rfsweep.plan.Plan;
import org.rfsweep.plan.Planner;
import org.rfsweep.refine.RefinementRecord;
import org.rfsweep.spec.SweepSpec;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.OutputTrials;
import org.rfsweep.table.Quarantine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rfsweep plan SPEC}: the trial count, what is already done, what would run, its cost. No Spark. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show what 'run' would do: trials in the spec, already done, failed, still to run, "
                + "estimated cost and chunks. Reads the output, starts nothing, writes nothing.")
final class PlanCommand implements Callable<Integer> {
    @Mixin
    SpecArgument spec;

    @Mixin
    OutputOption output;

    @Option(names = "--retry-failed", description = "plan as 'run --retry-failed' would")
    boolean retryFailed;

    @Option(names = "--slots", paramLabel = "N", converter = NumberRanges.AtLeastOne.class, description = "parallel task slots to plan chunks for "
            + "(default: this machine's cores, as local[*])")
    Integer slots;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        SweepSpec loaded = spec.load();
        SweepSpec sweep = RefinementRecord.applyTo(loaded, output.readable());
        OutputLayout layout = output.layout();
        Plan plan = Planner.plan(sweep, OutputTrials.read(layout, sweep.name()), retryFailed);
        int n = slots != null ? slots : Runtime.getRuntime().availableProcessors();
        PlanSummary.lines(sweep, plan, layout.root().toString(), n).forEach(command.commandLine().getOut()::println);
        PlanSummary.badFileLines(Quarantine.find(layout, sweep.name()), layout.quarantineDir().toString())
                .forEach(command.commandLine().getErr()::println);
        return ExitCodes.OK;
    }
}
