package org.rfsweep.plot;

/**
 * What the user asked of a figure; nulls mean "choose".
 *
 * @param metric   a phase column (phase) or a run metric (metric-vs-axis)
 * @param x        horizontal axis of a phase diagram or a metric-vs-axis figure
 * @param y        vertical axis of a phase diagram
 * @param level    boundary level of frac_localised
 * @param where    a selection of grid points, e.g. {@code gain=3.162 and inputs=nlgp}
 * @param accuracy also draw the test accuracy (trajectories)
 */
public record PlotOptions(String metric, String x, String y, double level, String where, boolean accuracy) {
    /** Every choice left to the defaults. */
    public static PlotOptions defaults() {
        return new PlotOptions(null, null, null, 0.5, null, false);
    }
}
