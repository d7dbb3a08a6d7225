package org.rfsweep.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.rfsweep.plot.PlotInputException;
import org.rfsweep.spec.InvalidSpecException;
import org.rfsweep.spec.SweepSpecLoader;
import org.rfsweep.table.OutputLayout;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The sweep argument and results root of the commands that read a finished sweep
 * ({@code plot}, {@code report}; {@code @Mixin}): a sweep name, or a spec file whose
 * {@code name:} is used. The results root is {@code --results} because {@code --out} is where
 * these commands write.
 */
public final class SweepArgument {
    @Parameters(index = "0", paramLabel = "SWEEP", description = "a sweep name in the results, or its spec file (its name: is used)")
    String sweep;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = OutputOption.DEFAULT_OUT, converter = OutputRoot.class,
            description = "results root holding the Parquet tables, the --out of run (default: ./${DEFAULT-VALUE})")
    Path results;

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

    public OutputLayout layout() {
        return new OutputLayout(results);
    }

    /** Checks the results root (before anything is read or created) and returns its layout. */
    public OutputLayout readableLayout() throws InvalidOptionException {
        PathChecks.readableDirectory("--results", results);
        return layout();
    }
}
