package org.rfsweep.data;

/**
 * Whether a trial samples its family's own law or the family's Gaussian control (SCIENCE.md §1,
 * §7). The names date from when the NLGP was the only family: NLGP means "the family itself".
 */
public enum InputKind {
    /** The family's own law (for {@code inputs: nlgp}, the non-linear Gaussian process). */
    NLGP,
    /** The Gaussian control: a Gaussian with exactly the family's covariance, no higher-order structure. */
    GP
}
