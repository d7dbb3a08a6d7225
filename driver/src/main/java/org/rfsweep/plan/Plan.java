package org.rfsweep.plan;

import java.util.List;
import org.rfsweep.kernel.TrialSpec;

/**
 * What a run of a sweep will do, computed before Spark starts.
 *
 * @param sweep          sweep name
 * @param total          trials in the spec (distinct trial ids)
 * @param done           trials already committed as ok or diverged (skipped)
 * @param failed         trials committed as failed and skipped (0 with --retry-failed)
 * @param toRun          the trials to run, in spec order
 * @param costs          estimated cost of each trial in {@code toRun}
 * @param totalCost      summed estimated cost of {@code toRun}
 */
public record Plan(String sweep, long total, long done, long failed, List<TrialSpec> toRun, double[] costs,
                   double totalCost) {

    public Plan {
        toRun = List.copyOf(toRun);
        costs = costs.clone();
    }

    /** Trials that will run. */
    public int missing() {
        return toRun.size();
    }
}
