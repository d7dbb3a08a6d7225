package org.rfsweep.kernel;

/**
 * What the driver needs to know of a metric to aggregate, draw and report it without knowing its
 * name (DESIGN.md, "Kernel API": roles). A metric may have several roles, or none.
 */
public enum MetricRole {
    /**
     * Counts the trial's localised units (neurons, factors, eigenvectors). The phase table derives
     * {@code frac_localised}, the share of ok trials whose count is positive, from the one metric of
     * a kernel with this role, and the phase figure draws that share's level set as the boundary.
     */
    LOCALISED_COUNT,
    /**
     * A headline result: shown in the figures and the report, in the kernel's declaration order;
     * the first is the default metric of the metric-against-axis figure.
     */
    HEADLINE,
    /**
     * A reference level for the headline metrics of the same scale, drawn as a horizontal line
     * (e.g. the IPR of a random vector, 3/(N+2)).
     */
    REFERENCE_LEVEL,
    /**
     * A statistic of the inputs alone, not of what was learned (e.g. the marginal excess kurtosis
     * of the data), drawn beside the headline figure on its own scale.
     */
    DATA_STATISTIC
}
