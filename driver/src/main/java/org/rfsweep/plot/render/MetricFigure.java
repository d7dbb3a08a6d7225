package org.rfsweep.plot.render;

import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.rfsweep.plot.AxisValue;
import org.rfsweep.plot.MetricFigureData;

/**
 * A run metric against a swept axis: mean over seeds with standard-error bars, one series per value
 * of the other swept axes, the kernel's reference level (e.g. the random-weight IPR 3/(N+2)) as a
 * dashed line, and its data statistic (e.g. the theoretical marginal excess kurtosis of the inputs,
 * which SCIENCE.md section 6 ties to the switch) on the right axis, dotted. Overlaid sweeps' series
 * ({@code plot --with}) are dashed with diamonds, in the colour of the series of the same label.
 */
public final class MetricFigure {
    private MetricFigure() {
    }

    public static XYChart chart(String sweep, MetricFigureData d) {
        String with = d.overlay().stream().map(MetricFigureData.Overlay::sweep).distinct()
                .reduce((a, b) -> a + ", " + b).map(w -> " with " + w).orElse("");
        XYChart c = Charts.xy(1000, 720, d.metricTitle() + " against " + d.x().name() + ", sweep " + sweep + with,
                d.x().title() + (d.logX() ? ", log scale" : ""), d.metricTitle() + ", mean over seeds ± standard error");
        c.getStyler().setXAxisLogarithmic(d.logX());
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < d.series().size(); i++) {
            MetricFigureData.Series s = d.series().get(i);
            if (s.x().length == 0) {
                continue;
            }
            String name = s.label().isEmpty() ? d.metric() : s.label();
            XYSeries x = c.addSeries(with.isEmpty() ? name : sweep + ": " + name, s.x(), s.mean(), s.se());
            Color colour = Palette.SERIES[i % Palette.SERIES.length];
            x.setLineColor(colour);
            x.setMarkerColor(colour);
            x.setMarker(SeriesMarkers.CIRCLE);
            x.setLineStyle(new java.awt.BasicStroke(2.5f));
            xMin = Math.min(xMin, s.x()[0]);
            xMax = Math.max(xMax, s.x()[s.x().length - 1]);
        }
        for (MetricFigureData.Overlay o : d.overlay()) {
            MetricFigureData.Series s = o.series();
            if (s.x().length == 0) {
                continue;
            }
            Color colour = seriesColour(d, s.label());
            XYSeries x = c.addSeries(o.sweep() + ": " + (o.metric().equals(d.metric()) ? "" : o.metric() + " ")
                    + (s.label().isEmpty() ? "" : s.label()), s.x(), s.mean(), s.se());
            x.setLineColor(colour.equals(Color.GRAY) ? Color.BLACK : colour);
            x.setMarkerColor(colour.equals(Color.GRAY) ? Color.BLACK : colour);
            x.setMarker(SeriesMarkers.DIAMOND);
            x.setLineStyle(new java.awt.BasicStroke(2.5f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_ROUND,
                    10f, new float[] {10f, 6f}, 0f));
            xMin = Math.min(xMin, s.x()[0]);
            xMax = Math.max(xMax, s.x()[s.x().length - 1]);
        }
        c.getStyler().setErrorBarsColorSeriesColor(true);
        if (xMax >= xMin) {
            for (double level : d.referenceLevels()) {
                Charts.reference(c, d.referenceTitle() + " = " + AxisValue.format(level, 3), xMin, xMax, level, Color.GRAY,
                        Charts.DASHED);
            }
        }
        double lo = 0;
        double hi = 0;
        for (MetricFigureData.Series k : d.statistic()) {
            if (k.x().length == 0) {
                continue; // no ok trial in this series
            }
            XYSeries x = Charts.line(c, d.statisticTitle() + (k.label().isEmpty() ? "" : " (" + k.label() + ")")
                    + " (right axis)", k.x(), k.mean(), seriesColour(d, k.label()), 1.8f, true);
            x.setLineStyle(Charts.DOTTED);
            x.setMarker(SeriesMarkers.DIAMOND);
            x.setMarkerColor(seriesColour(d, k.label()));
            x.setYAxisGroup(1);
            for (double v : k.mean()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!d.statistic().isEmpty()) {
            c.setYAxisGroupTitle(1, d.statisticTitle());
            c.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
            // the NLGP's excess kurtosis spans (-2, 0]: keep that scale, widened for families beyond it
            c.getStyler().setYAxisMin(1, Math.min(lo, -2.0)).setYAxisMax(1, Math.max(hi, 0.0));
        }
        return c;
    }

    /** The statistic's curve in the colour of the series it belongs to (grey if shared). */
    private static Color seriesColour(MetricFigureData d, String label) {
        for (int i = 0; i < d.series().size(); i++) {
            if (d.series().get(i).label().equals(label)) {
                return Palette.SERIES[i % Palette.SERIES.length];
            }
        }
        return Color.GRAY;
    }
}
