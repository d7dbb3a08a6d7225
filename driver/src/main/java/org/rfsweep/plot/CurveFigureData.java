package org.rfsweep.plot;

import java.util.List;

/**
 * The numbers behind one learning-curve figure: a trajectories column (e.g. the test loss) against
 * the training time at one panel (one value combination of the sweep's numeric swept axes), one
 * series per value of its other swept axes and per matching grid point of each overlaid sweep.
 *
 * @param label  the panel's axis values, e.g. {@code gain=3, lr=0.05}; empty for a single panel
 * @param metric the trajectories column drawn
 * @param series the curves, the plotted sweep's first
 */
public record CurveFigureData(String label, String metric, List<Series> series) {
    public CurveFigureData {
        series = List.copyOf(series);
    }

    /**
     * @param sweep  the sweep the curve comes from
     * @param label  its grid point's values of the axes that are not the panel's, e.g. {@code inputs=nlgp}
     * @param seeds  the number of ok trials averaged
     * @param time   the snapshot times (steps / N) at which the column is defined in every trial, increasing
     * @param mean   the column's mean over the trials
     * @param sd     its sample standard deviation over the trials (0 for one trial): the seed spread
     */
    public record Series(String sweep, String label, int seeds, double[] time, double[] mean, double[] sd) {
    }
}
