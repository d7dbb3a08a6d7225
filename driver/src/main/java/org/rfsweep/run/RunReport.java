package org.rfsweep.run;

import java.util.Locale;

/**
 * What one execution of a plan did.
 *
 * @param planned       trials in the submitted chunks
 * @param finished      trials committed by this run
 * @param ok            of which ok
 * @param diverged      of which diverged
 * @param failed        of which failed
 * @param kernelSeconds summed wall seconds inside {@code Kernel.run}
 * @param taskSeconds   summed wall seconds of the chunk tasks (kernels, writing, commit)
 * @param jobSeconds    wall seconds from job submission to its end
 * @param slots         parallel task slots (Spark's default parallelism)
 * @param stopReason    why the job stopped early (interrupted, fail-fast), or null if it ran to the end
 */
public record RunReport(long planned, long finished, long ok, long diverged, long failed, double kernelSeconds,
                        double taskSeconds, double jobSeconds, int slots, String stopReason) {

    /** Nothing ran. */
    public static RunReport empty(int slots) {
        return new RunReport(0, 0, 0, 0, 0, 0, 0, 0, slots, null);
    }

    /**
     * This report with no stop reason: for a stop (a signal, fail-fast) that came after every
     * planned trial had committed, so that it stopped nothing and the run is complete.
     */
    public RunReport completed() {
        return new RunReport(planned, finished, ok, diverged, failed, kernelSeconds, taskSeconds, jobSeconds, slots, null);
    }

    /**
     * Spark's share of the capacity used: (slots x job wall time - summed kernel time) / summed
     * kernel time. Counts scheduling, serialisation, Parquet writing, commit and the idle tail of
     * the last wave; NaN when no kernel time was measured.
     */
    public double overhead() {
        return kernelSeconds > 0 ? (slots * jobSeconds - kernelSeconds) / kernelSeconds : Double.NaN;
    }

    /** One line for the end of {@code run}. */
    public String summary() {
        return String.format(Locale.ROOT,
                "%d trials run (%d ok, %d diverged, %d failed) in %.1f s on %d slots; kernel time %.1f s, "
                        + "task time %.1f s, Spark overhead %.1f %% of kernel time%s",
                finished, ok, diverged, failed, jobSeconds, slots, kernelSeconds, taskSeconds, 100 * overhead(),
                stopReason == null ? "" : "; stopped early: " + stopReason);
    }
}
