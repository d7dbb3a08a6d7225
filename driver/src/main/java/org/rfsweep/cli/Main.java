package org.rfsweep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.rfsweep.InvalidInputException;
import org.rfsweep.run.OutputLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code rfsweep} command line (DESIGN.md, "CLI"). Adding a command is one entry in
 * {@code subcommands}. Every command returns an {@link ExitCodes} value; an
 * {@link InvalidInputException} (a spec, an option, a query...), an output locked by another run or
 * a usage error becomes one line on stderr, {@code rfsweep COMMAND: what is wrong}, and exit code
 * 2, with no stack trace; commands do not catch these themselves; any other failure ends with one line naming its root cause and what to do
 * ({@link FailureCause}), exit code 1, the stack trace only with {@code --verbose}.
 */
@Command(name = "rfsweep", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Parameter sweeps of receptive-field localisation (Ingrosso & Goldt 2022) on Apache Spark.",
        subcommands = {
            KernelsCommand.class,
            ValidateCommand.class,
            RunCommand.class,
            PlanCommand.class,
            StatusCommand.class,
            SqlCommand.class,
            RefineCommand.class,
            PlotCommand.class,
            ReportCommand.class,
        })
public final class Main implements Callable<Integer> {
    @Spec
    CommandSpec command;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "show Spark's and the other libraries' log messages, and stack traces of errors")
    void setVerbose(boolean verbose) {
        if (verbose) {
            Logging.verbose();
        }
    }

    /** Without a command: the usage on stderr, exit 2. */
    @Override
    public Integer call() {
        command.commandLine().usage(command.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }

    public static void main(String[] args) {
        System.exit(execute(System.out, System.err, args));
    }

    /** Runs the command line {@code args}, printing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler(Main::failure);
        try {
            return cli.execute(args);
        } catch (VirtualMachineError e) { // picocli passes on Errors; out of memory still gets its one line
            if (Logging.isVerbose()) {
                e.printStackTrace(err);
            }
            err.println("rfsweep: error: " + oneLine(FailureCause.describe(e)));
            return ExitCodes.FAILED;
        }
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        String name = cli.getCommandSpec().qualifiedName();
        cli.getErr().println(name + ": " + oneLine(e.getMessage()) + " (see '" + name + " --help')");
        return ExitCodes.INVALID_INPUT;
    }

    /**
     * The one place where a command's exception becomes its exit code: invalid input (every
     * {@link InvalidInputException}, and an output locked by another run) is one line after the
     * command's name and exit 2; anything else a failure (exit 1).
     */
    private static int failure(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        String input = invalidInput(e);
        if (input != null) {
            if (Logging.isVerbose()) {
                e.printStackTrace(err);
            }
            err.println(cli.getCommandSpec().qualifiedName() + ": " + input);
            return ExitCodes.INVALID_INPUT;
        }
        if (Logging.isVerbose()) {
            e.printStackTrace(err);
        }
        // last, so that the line saying what happened and what to do ends the output
        err.println("rfsweep: error: " + oneLine(FailureCause.describe(e))
                + (Logging.isVerbose() ? "" : " (--verbose shows the stack trace)"));
        return ExitCodes.FAILED;
    }

    /** The line of an input error, or null if {@code e} is none. */
    private static String invalidInput(Exception e) {
        if (e instanceof InvalidInputException i) {
            return (i.kind().isEmpty() ? "" : i.kind() + ": ") + oneLine(i.getMessage());
        }
        // an IOException where the lock is taken (a file operation), yet nothing ran: the user's to resolve
        return e instanceof OutputLock.LockHeldException ? oneLine(e.getMessage()) : null;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    /** The version from the build ({@code rfsweep-version.properties}, filled in by Maven). */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("rfsweep-version.properties")) {
                if (in != null) {
                    p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
            return new String[] {"rfsweep " + p.getProperty("version", "(unknown version)"),
                "Java " + System.getProperty("java.version") + ", " + System.getProperty("java.vm.name")};
        }
    }
}
