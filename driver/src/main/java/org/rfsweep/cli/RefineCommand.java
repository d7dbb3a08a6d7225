package org.rfsweep.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rfsweep.refine.RefineInputException;
import org.rfsweep.refine.RefineTarget;
import org.rfsweep.refine.Refiner;
import org.rfsweep.run.CodeVersion;
import org.rfsweep.run.OutputLock;
import org.rfsweep.spark.SparkSweep;
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

    @Option(names = "--max-trials", paramLabel = "B", defaultValue = "1000",
            description = "trial budget: at most this many new trials (default: ${DEFAULT-VALUE})")
    long budget;

    @Mixin
    ProgressOption progress;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        GridSweepSpec sweep = (GridSweepSpec) SweepSpecLoader.load(spec, SweepSpecLoader.DEFAULT_MAX_TRIALS);
        output.writable();
        PrintStream log = new PrintStream(new WriterOutputStream(err), true, StandardCharsets.UTF_8);
        SparkSweep.Options options = new SparkSweep.Options(output.layout(), false, false,
                progress.millis(), CodeVersion.detect(),
                master.master().startsWith("local"));
        try (LazySession session = new LazySession(master.master())) {
            RefineTarget target = RefineTarget.of(sweep, metric, axis, level, tolerance, budget);
            Refiner refiner = new Refiner(session, log, options);
            InterruptHandler interrupts = InterruptHandler.install(refiner::cancel, err);
            try {
                Refiner.Result result = refiner.refine(sweep, target);
                result.lines().forEach(out::println);
                return result.exitCode();
            } finally {
                interrupts.close();
            }
        } catch (RefineInputException e) {
            err.println("rfsweep refine: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (OutputLock.LockHeldException e) {
            err.println("rfsweep: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
    }
}
