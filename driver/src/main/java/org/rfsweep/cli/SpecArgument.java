package org.rfsweep.cli;

import java.nio.file.Path;
import org.rfsweep.spec.InvalidSpecException;
import org.rfsweep.spec.SweepSpec;
import org.rfsweep.spec.SweepSpecLoader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The spec argument shared by every command that reads a sweep spec ({@code @Mixin}): the file and
 * the trial limit. {@link #load()} validates everything before anything runs; its
 * {@link InvalidSpecException} becomes one line on stderr and exit code 2 (see {@link Main}).
 */
public final class SpecArgument {
    @Parameters(index = "0", paramLabel = "SPEC", description = "sweep spec (YAML); see sweeps/quickstart.yaml")
    Path spec;

    @Option(names = "--max-trials", paramLabel = "N", defaultValue = "" + SweepSpecLoader.DEFAULT_MAX_TRIALS,
            description = "refuse a sweep of more trials than this, a guard against typos (default: ${DEFAULT-VALUE})")
    long maxTrials;

    /** The spec file as given on the command line. */
    public Path path() {
        return spec;
    }

    /** Reads and validates the spec. */
    public SweepSpec load() throws InvalidSpecException, InvalidOptionException {
        if (maxTrials < 1) {
            throw new InvalidOptionException("--max-trials", "must be at least 1, got " + maxTrials);
        }
        return SweepSpecLoader.load(spec, maxTrials);
    }
}
