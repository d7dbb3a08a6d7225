package org.rfsweep.plot;

import java.util.List;

/**
 * The numbers behind a metric-against-gain figure.
 *
 * @param metric       the run metric, e.g. {@code ipr_mean} (the phase columns metric_mean, metric_se)
 * @param logGain      whether the gain axis is logarithmic (all gains positive)
 * @param series       one per value combination of the other swept axes
 * @param randomLevels the distinct random-weight IPRs 3/(N+2) of the grid points (one per N)
 * @param kurtosis     the theoretical excess kurtosis of the inputs against gain, one curve per
 *                     distinct curve among the series (the NLGP's, and the Gaussian control's 0)
 */
public record GainFigureData(String metric, boolean logGain, List<Series> series, List<Double> randomLevels,
                             List<Series> kurtosis) {
    public GainFigureData {
        series = List.copyOf(series);
        randomLevels = List.copyOf(randomLevels);
        kurtosis = List.copyOf(kurtosis);
    }

    /**
     * @param label e.g. {@code inputs=nlgp}; empty when gain is the only swept axis
     * @param gain  increasing
     * @param mean  the metric's mean over seeds at each gain
     * @param se    its standard error (0 where undefined: fewer than two seeds)
     */
    public record Series(String label, double[] gain, double[] mean, double[] se) {
    }
}
