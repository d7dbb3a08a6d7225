package org.rfsweep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rfsweep.refine.RefineTarget;
import org.rfsweep.refine.Refiner;
import org.rfsweep.spark.LazySession;
import org.rfsweep.spark.SweepRunner;
import org.rfsweep.spec.GridSweepSpec;
import org.rfsweep.spec.SweepSpecLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rfsweep refine SPEC --metric M --level L}: bisects, for every combination of the other
 * swept parameters, the interval of the axis where the phase metric crosses the level, running
 * only the new trials into the same sweep (see {@link Refiner}).
 */
@Command(name = "refine", mixinStandardHelpOptions = true,
        description = {"Adaptive refinement of a boundary in a sweep that has been run: for each combination of "
                + "the other swept parameters, bisect the axis between the neighbouring values where the phase "
                + "metric crosses the level, running only the new trials (all seeds) into the same sweep and tables.",
            "The added values are kept in <out>/_refinements/<sweep>.json, so run, plan and status count their "
                + "trials as part of the sweep. Exit codes: 0 done; 1 a trial failed or the run was interrupted; "
                + "2 invalid options, a sweep not run yet, or a locked output (nothing written)."})
final class RefineCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "the sweep spec (YAML) that was run")
    Path spec;

    @Mixin
    OutputOption output;

    @Mixin
    MasterOption master;

    @Option(names = "--metric", paramLabel = "M",
            description = "phase column whose crossing to refine: frac_localised or a metric's _mean "
                    + "(default: frac_localised, for a kernel that counts localised units)")
    String metric;

    @Option(names = "--level", paramLabel = "L", required = true, description = "the level of the boundary, e.g. 0.5")
    double level;

    @Option(names = "--axis", paramLabel = "P",
            description = "the real-valued grid axis to bisect (default: the kernel's natural axis that the spec sweeps, e.g. gain)")
    String axis;

    @Option(names = "--tolerance", paramLabel = "T",
            description = "stop when every bracket is at most this wide, in axis units (default: 1 %% of the axis's span)")
    Double tolerance;

    @Option(names = "--budget", paramLabel = "N", defaultValue = "1000",
            description = "at most this many new trials in all (default: ${DEFAULT-VALUE})")
    long budget;

    /** Deprecated: the budget's old name, which in run, plan and validate is the size guard. */
    @Option(names = "--max-trials", paramLabel = "N", hidden = true)
    Long legacyBudget;

    @Mixin
    ProgressOption progress;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (legacyBudget != null) {
            err.println(command.qualifiedName() + ": warning: --max-trials is deprecated here: use --budget (in run, "
                    + "plan and validate --max-trials is the limit on a sweep's size)");
            budget = legacyBudget;
        }
        GridSweepSpec sweep = (GridSweepSpec) SweepSpecLoader.load(spec, SweepSpecLoader.DEFAULT_MAX_TRIALS);
        SweepRunner.Options options = SparkSetup.sweepOptions(output.writable(), false, false, master, progress);
        try (LazySession session = SparkSetup.session(master)) { // invalid input, a held lock: exit 2 (Main)
            RefineTarget target = RefineTarget.of(sweep, metric, axis, level, tolerance, budget);
            Refiner refiner = new Refiner(session, SparkSetup.log(command), options);
            try (InterruptHandler interrupts = InterruptHandler.install(refiner::cancel, err)) {
                Refiner.Result result = refiner.refine(sweep, target);
                result.lines().forEach(out::println);
                return result.exitCode();
            }
        }
    }
}
