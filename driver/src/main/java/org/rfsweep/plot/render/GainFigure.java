package org.rfsweep.plot.render;

import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.rfsweep.plot.AxisValue;
import org.rfsweep.plot.GainFigureData;
import org.rfsweep.plot.MetricTitles;

/**
 * A run metric against gain: mean over seeds with standard-error bars, one series per value of the
 * other swept axes, the random level 3/(N+2) as a reference, and the theoretical marginal excess
 * kurtosis of the inputs on the right axis (dashed), where SCIENCE.md section 6 places the switch
 * (kurtosis below about -0.3 to -0.7).
 */
public final class GainFigure {
    private GainFigure() {
    }

    public static XYChart chart(String sweep, GainFigureData d) {
        XYChart c = Charts.xy(1000, 720, MetricTitles.title(d.metric()) + " against gain, sweep " + sweep,
                "gain g (dimensionless" + (d.logGain() ? ", log scale)" : ")"), MetricTitles.title(d.metric() + "_mean")
                        + " ± standard error");
        c.getStyler().setXAxisLogarithmic(d.logGain());
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        double gMin = Double.POSITIVE_INFINITY;
        double gMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < d.series().size(); i++) {
            GainFigureData.Series s = d.series().get(i);
            if (s.gain().length == 0) {
                continue;
            }
            XYSeries x = c.addSeries(s.label().isEmpty() ? d.metric() : s.label(), s.gain(), s.mean(), s.se());
            Color colour = Palette.SERIES[i % Palette.SERIES.length];
            x.setLineColor(colour);
            x.setMarkerColor(colour);
            x.setMarker(SeriesMarkers.CIRCLE);
            x.setLineStyle(new java.awt.BasicStroke(2.5f));
            gMin = Math.min(gMin, s.gain()[0]);
            gMax = Math.max(gMax, s.gain()[s.gain().length - 1]);
        }
        c.getStyler().setErrorBarsColorSeriesColor(true);
        if (gMax >= gMin) {
            for (double level : d.randomLevels()) {
                Charts.reference(c, "random weights 3/(N+2) = " + AxisValue.format(level, 3), gMin, gMax, level, Color.GRAY,
                        Charts.DASHED);
            }
        }
        for (int i = 0; i < d.kurtosis().size(); i++) {
            GainFigureData.Series k = d.kurtosis().get(i);
            if (k.gain().length == 0) {
                continue; // no ok trial in this series
            }
            Color colour = seriesColour(d, k.label());
            XYSeries x = Charts.line(c, "excess kurtosis of the inputs" + (k.label().isEmpty() ? "" : " (" + k.label() + ")")
                    + " (right axis)", k.gain(), k.mean(), colour, 1.8f, true);
            x.setLineStyle(Charts.DOTTED);
            x.setMarker(SeriesMarkers.DIAMOND);
            x.setMarkerColor(colour);
            x.setYAxisGroup(1);
        }
        if (!d.kurtosis().isEmpty()) {
            c.setYAxisGroupTitle(1, "marginal excess kurtosis of the inputs (theory)");
            c.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
            c.getStyler().setYAxisMin(1, -2.0).setYAxisMax(1, 0.0);
        }
        return c;
    }

    /** The kurtosis curve in the colour of the series it belongs to (grey if shared). */
    private static Color seriesColour(GainFigureData d, String label) {
        for (int i = 0; i < d.series().size(); i++) {
            if (d.series().get(i).label().equals(label)) {
                return Palette.SERIES[i % Palette.SERIES.length];
            }
        }
        return Color.GRAY;
    }
}
