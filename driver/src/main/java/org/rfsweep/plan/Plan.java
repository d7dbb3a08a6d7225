package org.rfsweep.plan;

/**
 * What a run of a sweep will do, computed before Spark starts, as counts only (the trials
 * themselves are never held for a plan; {@link Work} lists those a run needs).
 *
 * @param sweep     sweep name
 * @param total     trials in the spec (distinct trial ids)
 * @param done      trials already committed in this sweep as ok or diverged (skipped)
 * @param failed    trials committed in this sweep as failed and kept (0 with --retry-failed)
 * @param copied    trials taken from another sweep of the output instead of being computed
 * @param missing   trials that will be computed
 * @param totalCost summed estimated cost of the trials to compute
 */
public record Plan(String sweep, long total, long done, long failed, long copied, long missing, double totalCost) {
}
