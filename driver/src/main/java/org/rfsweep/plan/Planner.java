package org.rfsweep.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.spec.SweepSpec;

/**
 * Expands a sweep lazily into its trials and keeps those not yet committed for the sweep (the
 * resume rule, DESIGN.md "Failure semantics"): ok and diverged trials are done; failed ones are
 * done too unless {@code retryFailed}. Only the trials to run are held in memory. A trial id that
 * the spec produces twice (e.g. a repeated grid value) runs once.
 */
public final class Planner {
    private Planner() {
    }

    /**
     * @param spec        the sweep
     * @param committed   status by trial id of the sweep's committed rows. Not modified.
     * @param retryFailed whether failed trials run again
     */
    public static Plan plan(SweepSpec spec, Map<String, TrialStatus> committed, boolean retryFailed) {
        Kernel kernel = spec.kernel();
        Set<String> seen = new HashSet<>();
        List<TrialSpec> toRun = new ArrayList<>();
        List<Double> costs = new ArrayList<>();
        long done = 0;
        long failed = 0;
        for (Iterator<TrialSpec> it = spec.trials(); it.hasNext(); ) {
            TrialSpec t = it.next();
            if (!seen.add(t.trialId())) {
                continue;
            }
            TrialStatus status = committed.get(t.trialId());
            if (status == TrialStatus.OK || status == TrialStatus.DIVERGED) {
                done++;
            } else if (status == TrialStatus.FAILED && !retryFailed) {
                failed++;
            } else {
                toRun.add(t);
                costs.add(kernel.estimateCost(t.params()));
            }
        }
        double[] c = new double[costs.size()];
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            c[i] = costs.get(i);
            sum += c[i];
        }
        return new Plan(spec.name(), seen.size(), done, failed, toRun, c, sum);
    }
}
