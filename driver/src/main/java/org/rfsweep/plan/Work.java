package org.rfsweep.plan;

import java.util.List;
import org.rfsweep.kernel.TrialSpec;

/**
 * The trials a run acts on: those to compute (with their estimated costs, for the chunker) and
 * the ids to copy from other sweeps, both in spec order.
 *
 * @param plan   the counts
 * @param toRun  the trials to compute
 * @param costs  estimated cost of each trial of {@code toRun}
 * @param copies the trial ids to copy from another sweep
 */
public record Work(Plan plan, List<TrialSpec> toRun, double[] costs, List<String> copies) {
    public Work {
        toRun = List.copyOf(toRun);
        costs = costs.clone();
        copies = List.copyOf(copies);
    }
}
