package org.rfsweep.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.rfsweep.InvalidInputException;
import org.rfsweep.plot.PlotInputException;
import org.rfsweep.plot.SparkSweepTables;
import org.rfsweep.run.CodeVersion;
import org.rfsweep.spark.LazySession;
import org.rfsweep.spark.SweepRunner;
import org.rfsweep.table.OutputLayout;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The Spark setup the commands share instead of each copying it: the lazily started session on
 * the master of {@code --master}; for the commands that run trials ({@code run}, {@code refine}),
 * the sweep options and the log stream; for those that read a finished sweep ({@code plot},
 * {@code report}), its tables, with a line per unreadable file left out.
 */
final class SparkSetup {
    private SparkSetup() {
    }

    /** The session of {@code master}, started on first use (after validation, lock and plan). */
    static LazySession session(MasterOption master) {
        return new LazySession(master.master());
    }

    /** What a trial-running command hands to {@link SweepRunner}. */
    static SweepRunner.Options sweepOptions(OutputLayout layout, boolean retryFailed, boolean failFast,
            MasterOption master, ProgressOption progress) {
        return new SweepRunner.Options(layout, retryFailed, failFast, progress.millis(), CodeVersion.detect(),
                master.master().startsWith("local"));
    }

    /** The progress and Spark log lines of a run, on the command's stderr. */
    static PrintStream log(CommandSpec command) {
        return new PrintStream(new WriterOutputStream(command.commandLine().getErr()), true, StandardCharsets.UTF_8);
    }

    /**
     * Checks the results root, the directory to write and the sweep's tables, before Spark starts;
     * returns the sweep's name.
     */
    static String checkSweep(SweepArgument sweep) throws InvalidInputException {
        sweep.check();
        String name = sweep.name();
        SparkSweepTables.check(sweep.layout(), name, "--out");
        return name;
    }

    /**
     * Opens the sweep's tables (after {@link #checkSweep}); each unreadable file is one line saying
     * its rows are not in {@code product} (e.g. "the figures").
     */
    static SparkSweepTables sweepTables(LazySession session, SweepArgument sweep, String name, CommandSpec command,
            String product) throws PlotInputException {
        SparkSweepTables tables = SparkSweepTables.open(session.get(), sweep.layout(), name);
        PrintWriter err = command.commandLine().getErr();
        tables.skipped().forEach(b -> err.println(command.qualifiedName() + ": skipped unreadable " + b + " (its rows are "
                + "not in " + product + "; 'run' sets it aside and recomputes them)"));
        return tables;
    }
}
