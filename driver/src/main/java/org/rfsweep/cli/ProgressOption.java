package org.rfsweep.cli;

import picocli.CommandLine.Option;

/** The {@code --progress-seconds} option of the commands that run trials ({@code @Mixin}). */
public final class ProgressOption {
    /** Progress lines come at most this often, whatever the option says. */
    private static final long MIN_MILLIS = 100;

    @Option(names = "--progress-seconds", paramLabel = "S", defaultValue = "2", converter = NumberRanges.PositiveSeconds.class,
            description = "seconds between progress lines on stderr (default: ${DEFAULT-VALUE})")
    double seconds;

    /** The interval in milliseconds, at least {@value #MIN_MILLIS}. */
    public long millis() {
        return Math.max(MIN_MILLIS, Math.round(seconds * 1000));
    }
}
