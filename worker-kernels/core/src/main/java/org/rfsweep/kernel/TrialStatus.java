package org.rfsweep.kernel;

import java.util.Locale;

/** Outcome of one trial. */
public enum TrialStatus {
    /** Ran to completion. */
    OK,
    /** Training produced NaN or Inf; the result records the step. */
    DIVERGED,
    /** The kernel threw; the result records the message. */
    FAILED;

    /** The lower-case name used in tables: ok, diverged, failed. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
