package org.rfsweep.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.rfsweep.plot.PlotInputException;
import org.rfsweep.spec.InvalidSpecException;
import org.rfsweep.spec.SweepSpecLoader;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.Table;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What the commands that read a finished sweep and write files from it ({@code plot},
 * {@code report}; {@code @Mixin}) take: the sweep (a name, or a spec file whose {@code name:} is
 * used), the results root {@code --out} (as in every command) and the directory they write,
 * {@code --dir}.
 *
 * <p>Until this release these commands called the results root {@code --results} and the
 * directory they write {@code --out}. Both spellings still work, with a deprecation note: a
 * command line without {@code --dir} is read the old way ({@code --out} the directory written,
 * {@code --results} the root), unless its {@code --out} holds result tables, which only a results
 * root does (then {@code --dir} is missing, exit 2, so figures never land among the tables).
 */
public final class SweepArgument {
    @Parameters(index = "0", paramLabel = "SWEEP", description = "a sweep name in the results, or its spec file (its name: is used)")
    String sweep;

    @Option(names = "--out", paramLabel = "DIR", converter = OutputRoot.class,
            description = "results root holding the Parquet tables, as in run (default: ./" + OutputOption.DEFAULT_OUT + ")")
    Path out;

    @Option(names = "--dir", paramLabel = "DIR", description = "directory to write into (required; created if missing)")
    Path dir;

    /** Deprecated: the results root's old name in plot and report. */
    @Option(names = "--results", paramLabel = "DIR", hidden = true, converter = OutputRoot.class)
    Path results;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private boolean resolved;

    /** The sweep name: the argument itself, or the name in the spec file it names. */
    public String name() throws InvalidSpecException, PlotInputException {
        boolean named = sweep.endsWith(".yaml") || sweep.endsWith(".yml");
        if (named && !Files.exists(Path.of(sweep), LinkOption.NOFOLLOW_LINKS)) {
            throw new PlotInputException("no spec file " + sweep + " (SWEEP is a sweep name or an existing spec file)");
        }
        if (named) { // the loader refuses a directory, FIFO, device or dangling link without reading it
            return SweepSpecLoader.load(Path.of(sweep), Long.MAX_VALUE).name();
        }
        return sweep;
    }

    /** Whether the argument names a spec file rather than a sweep. */
    public boolean isSpecFile() {
        return (sweep.endsWith(".yaml") || sweep.endsWith(".yml")) && Files.isRegularFile(Path.of(sweep));
    }

    /** The results root (after {@link #check()}). */
    public OutputLayout layout() {
        return new OutputLayout(out);
    }

    /** The directory the command writes (after {@link #check()}). */
    public Path dir() {
        return dir;
    }

    /**
     * Reads the old spellings, then checks the results root and the directory to write, before
     * anything is read or created.
     */
    public void check() throws InvalidOptionException {
        String note = resolveSpellings();
        PathChecks.readableDirectory("--out", out);
        PathChecks.writableDirectory("--dir", dir);
        if (note != null) {
            command.commandLine().getErr().println(command.qualifiedName() + ": warning: " + note);
        }
    }

    /** Applies the old spellings, if used; returns the deprecation note to print, or null. */
    private String resolveSpellings() throws InvalidOptionException {
        if (resolved) {
            return null;
        }
        resolved = true;
        String note = null;
        if (dir == null) {
            if (out == null) {
                throw new InvalidOptionException("--dir", "missing: give the directory to write, e.g. --dir "
                        + (command.name().equals("plot") ? "figures" : command.name()));
            }
            if (Files.isDirectory(new OutputLayout(out).tableDir(Table.RUNS))) {
                throw new InvalidOptionException("--dir", "missing: " + out + " holds result tables, so --out is the "
                        + "results root; give the directory to write with --dir");
            }
            note = ("--out DIR as the directory to write is deprecated: use --dir DIR (--out names the results "
                    + "root, as in run)" + (results == null ? "" : "; --results is deprecated too: use --out"));
            dir = out;
            out = results;
        } else if (results != null) {
            if (out != null && !out.equals(results)) {
                throw new InvalidOptionException("--results", "is the old name of --out; give only one of them");
            }
            note = "--results is deprecated: use --out (the results root, as in run)";
            out = results;
        }
        if (out == null) {
            out = Path.of(OutputOption.DEFAULT_OUT);
        }
        return note;
    }
}
