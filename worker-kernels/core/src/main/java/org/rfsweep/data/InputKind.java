package org.rfsweep.data;

/** Which input distribution a trial trains on (SCIENCE.md §1). */
public enum InputKind {
    /** The non-linear Gaussian process: erf of a Gaussian field, normalised to unit variance. */
    NLGP,
    /** The Gaussian control: a Gaussian with exactly the NLGP's covariance, no higher-order structure. */
    GP
}
