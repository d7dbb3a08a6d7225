package org.rfsweep.plot.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Common set-up of the line charts: white background, readable fonts, legend inside or outside. */
final class Charts {
    static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f);
    static final BasicStroke DOTTED = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {2f, 5f}, 0f);

    private Charts() {
    }

    static XYChart xy(int width, int height, String title, String xTitle, String yTitle) {
        XYChart c = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        Styler s = c.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendPosition(Styler.LegendPosition.InsideNW);
        s.setLegendBackgroundColor(new Color(255, 255, 255, 220));
        c.getStyler().setPlotGridLinesColor(new Color(0xE0E0E0));
        c.getStyler().setMarkerSize(7);
        c.getStyler().setYAxisDecimalPattern("0.####");
        c.getStyler().setXAxisDecimalPattern("0.###");
        return c;
    }

    /** A plain line without markers. */
    static XYSeries line(XYChart c, String name, double[] x, double[] y, Color color, float width, boolean inLegend) {
        XYSeries s = c.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)); // XChart cycles dash styles otherwise
        s.setShowInLegend(inLegend);
        return s;
    }

    /** A horizontal reference line from x0 to x1. */
    static XYSeries reference(XYChart c, String name, double x0, double x1, double y, Color color, BasicStroke stroke) {
        XYSeries s = line(c, name, new double[] {x0, x1}, new double[] {y, y}, color, stroke.getLineWidth(), true);
        s.setLineStyle(stroke);
        return s;
    }
}
