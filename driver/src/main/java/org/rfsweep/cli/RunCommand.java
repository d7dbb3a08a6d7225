package org.rfsweep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rfsweep.plan.Plan;
import org.rfsweep.plan.Planner;
import org.rfsweep.refine.RefinementRecord;
import org.rfsweep.spark.LazySession;
import org.rfsweep.spark.SweepRunner;
import org.rfsweep.spec.SweepSpec;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.OutputTrials;
import org.rfsweep.table.Quarantine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rfsweep run SPEC}: runs the sweep's missing trials on Spark and writes the tables.
 * Exit 0 when every trial of the run is ok or diverged, 1 when some failed or the run was
 * stopped (Ctrl-C, --fail-fast), 2 for invalid input or an output locked by another run.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a sweep: the trials not yet in the output (resume), as chunks on Spark, into the "
                + "Parquet tables runs, trajectories, receptive_fields and phase under --out.",
            "Exit codes: 0 all ok or diverged; 1 some trial failed or the run was interrupted; "
                + "2 invalid spec or options, or the output is locked by another run (nothing written)."})
final class RunCommand implements Callable<Integer> {
    @Mixin
    SpecArgument spec;

    @Mixin
    OutputOption output;

    @Mixin
    MasterOption master;

    @Option(names = "--fail-fast", description = "stop at the first failed trial (exit 1); finished chunks are kept")
    boolean failFast;

    @Option(names = "--retry-failed", description = "also re-run trials recorded as failed (their rows are replaced)")
    boolean retryFailed;

    @Option(names = "--dry-run", description = "show the plan and exit; starts nothing, writes nothing")
    boolean dryRun;

    @Mixin
    ProgressOption progress;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        SweepSpec loaded = spec.load();
        OutputLayout layout = dryRun ? output.readable() : output.writable();
        SweepSpec sweep = RefinementRecord.applyTo(loaded, layout);
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (dryRun) {
            Plan plan = Planner.plan(sweep, OutputTrials.read(output.layout(), sweep.name()), retryFailed);
            PlanSummary.lines(sweep, plan, output.layout().root().toString(),
                    Runtime.getRuntime().availableProcessors()).forEach(out::println);
            PlanSummary.badFileLines(Quarantine.find(output.layout(), sweep.name()),
                    output.layout().quarantineDir().toString()).forEach(err::println);
            return ExitCodes.OK;
        }
        SweepRunner.Options options = SparkSetup.sweepOptions(output.layout(), retryFailed, failFast, master, progress);
        try (LazySession session = SparkSetup.session(master)) { // a lock held by another run: exit 2 (Main)
            SweepRunner run = new SweepRunner(session, SparkSetup.log(command), options);
            try (InterruptHandler interrupts = InterruptHandler.install(run::cancel, err)) {
                SweepRunner.Outcome outcome = run.run(sweep);
                out.println(outcome.report().planned() == 0 && outcome.report().stopReason() == null
                        ? nothingToRun(outcome) : outcome.report().summary());
                out.println(String.format(java.util.Locale.ROOT, "phase table: %d grid points; tables under %s",
                        outcome.phaseRows(), output.layout().root()));
                QueryHint.lines(sweep.name(), output.out, output.layout().root()).forEach(out::println);
                return outcome.exitCode();
            }
        }
    }

    private static String nothingToRun(SweepRunner.Outcome outcome) {
        Plan p = outcome.plan();
        return String.format(java.util.Locale.ROOT, "no trial to compute: %d of %d done, %d failed kept, %d copied "
                + "from other sweeps", p.done(), p.total(), p.failed(), outcome.copied());
    }
}
