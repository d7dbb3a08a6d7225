package org.rfsweep.plot;

import java.util.List;

/**
 * The numbers behind a metric-against-axis figure: a headline metric's mean and standard error
 * over seeds along one swept axis, with the kernel's reference levels and data statistic.
 *
 * @param metric          the run metric, e.g. {@code ipr_mean} (the phase columns m_mean, m_se)
 * @param metricTitle     its title, as the kernel declares it
 * @param x               the horizontal axis
 * @param logX            whether the axis is drawn logarithmic (all its values positive)
 * @param series          one per value combination of the other swept axes
 * @param referenceTitle  the title of the kernel's reference-level metric, or null if it has none
 * @param referenceLevels its distinct values over the grid points (e.g. one 3/(N+2) per N)
 * @param statisticTitle  the title of the kernel's data statistic, or null if it has none
 * @param statistic       that statistic along the axis, one curve per distinct curve among the
 *                        series (e.g. the NLGP's excess kurtosis, and the Gaussian control's 0)
 * @param overlay         the series of overlaid sweeps along the same axis ({@code plot --with}),
 *                        labelled {@code sweep: label}, e.g. a theory kernel's prediction
 */
public record MetricFigureData(String metric, String metricTitle, SweptAxis x, boolean logX, List<Series> series,
                               String referenceTitle, List<Double> referenceLevels, String statisticTitle,
                               List<Series> statistic, List<Overlay> overlay) {
    public MetricFigureData {
        series = List.copyOf(series);
        referenceLevels = List.copyOf(referenceLevels);
        statistic = List.copyOf(statistic);
        overlay = List.copyOf(overlay);
    }

    /** Without overlaid sweeps. */
    public MetricFigureData(String metric, String metricTitle, SweptAxis x, boolean logX, List<Series> series,
                            String referenceTitle, List<Double> referenceLevels, String statisticTitle,
                            List<Series> statistic) {
        this(metric, metricTitle, x, logX, series, referenceTitle, referenceLevels, statisticTitle, statistic, List.of());
    }

    /**
     * One series of an overlaid sweep.
     *
     * @param sweep  the overlaid sweep
     * @param metric the run metric drawn from it (the plotted metric if it has it, else its headline)
     * @param series its values, labelled by its own other swept axes (e.g. {@code inputs=nlgp})
     */
    public record Overlay(String sweep, String metric, Series series) {
    }

    /**
     * @param label e.g. {@code inputs=nlgp}; empty when the axis is the only swept one
     * @param x     the axis values, increasing
     * @param mean  the metric's mean over seeds at each value
     * @param se    its standard error (0 where undefined: fewer than two seeds)
     */
    public record Series(String label, double[] x, double[] mean, double[] se) {
    }
}
