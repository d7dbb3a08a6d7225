package org.rfsweep.plan;

import java.util.function.Function;
import org.rfsweep.kernel.TrialStatus;

/** What the output already holds, as the planner asks it: by trial id, in this sweep and in the others. */
public interface Committed {
    /** The status of the trial's row in this sweep, or null. */
    TrialStatus inSweep(String trialId);

    /**
     * The status of the trial's row in another sweep of the output, the best one if several hold
     * it (ok or diverged before failed), or null.
     */
    TrialStatus elsewhere(String trialId);

    /** From two lookups (each returns null for an absent id). */
    static Committed of(Function<String, TrialStatus> inSweep, Function<String, TrialStatus> elsewhere) {
        return new Committed() {
            @Override
            public TrialStatus inSweep(String trialId) {
                return inSweep.apply(trialId);
            }

            @Override
            public TrialStatus elsewhere(String trialId) {
                return elsewhere.apply(trialId);
            }
        };
    }

    /** An empty output. */
    static Committed none() {
        return of(id -> null, id -> null);
    }
}
