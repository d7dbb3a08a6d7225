package org.rfsweep.table;

import java.io.Serializable;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;

/**
 * A finished trial with the execution facts the driver records next to the kernel's result.
 *
 * @param spec            the trial
 * @param result          the kernel's result, or a failed result carrying the exception message
 * @param wallSeconds     wall-clock seconds spent in {@code Kernel.run}
 * @param startedMicros   start, microseconds since the epoch (UTC)
 * @param finishedMicros  end, microseconds since the epoch (UTC)
 * @param executor        where it ran: Spark executor id and host
 */
public record TrialOutcome(TrialSpec spec, TrialResult result, double wallSeconds, long startedMicros,
                           long finishedMicros, String executor) implements Serializable {

    /** SGD steps per wall second, or NaN when no time was measured. */
    public double stepsPerSecond() {
        return wallSeconds > 0 ? result.steps() / wallSeconds : Double.NaN;
    }
}
