package org.rfsweep.plan;

import org.rfsweep.kernel.TrialStatus;

/** What a run does with one trial of its sweep (DESIGN.md "Failure semantics" and "Identity"). */
public enum TrialFate {
    /** Committed in this sweep as ok or diverged: skipped. */
    DONE,
    /** Committed in this sweep as failed, and not retried: kept. */
    FAILED_KEPT,
    /** Not in this sweep but committed under another sweep: its rows are copied, not recomputed. */
    COPY,
    /** Nowhere in the output (or failed and retried): computed. */
    RUN;

    /**
     * The resume rule, extended across sweeps: a trial done in this sweep is skipped; a failed one
     * is kept unless retried; otherwise a row in another sweep is copied under the same rule
     * (ok or diverged always, failed unless retried); anything else runs.
     */
    public static TrialFate of(String trialId, Committed committed, boolean retryFailed) {
        TrialStatus here = committed.inSweep(trialId);
        if (here == TrialStatus.OK || here == TrialStatus.DIVERGED) {
            return DONE;
        }
        if (here == TrialStatus.FAILED && !retryFailed) {
            return FAILED_KEPT;
        }
        TrialStatus there = committed.elsewhere(trialId);
        if (there == TrialStatus.OK || there == TrialStatus.DIVERGED || there == TrialStatus.FAILED && !retryFailed) {
            return COPY;
        }
        return RUN;
    }
}
