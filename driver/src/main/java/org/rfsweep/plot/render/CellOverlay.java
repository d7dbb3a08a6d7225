package org.rfsweep.plot.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.rfsweep.plot.AxisValue;
import org.rfsweep.plot.Segment;

/**
 * Draws over an XChart heatmap: each cell's value (white on the dark half of the colour scale,
 * black on the light half, so it stays readable), and the boundary segments given in cell-index
 * coordinates. XChart
 * lays the cells out evenly inside the plot area, leaving (1 - plotContentSize) / 2 of it empty
 * on each side (PlotContent_HeatMap), so cell i of n is centred at
 * left + margin + (i + 1/2) · width · plotContentSize / n; rows count from the bottom.
 */
final class CellOverlay extends Annotation {
    private final List<Segment> segments;
    private final double[][] values;
    private final boolean showValues;
    private final int nx;
    private final int ny;

    /** @param values [row][column], not modified; NaN cells are left empty */
    CellOverlay(List<Segment> segments, double[][] values, boolean showValues) {
        super(true);
        this.segments = List.copyOf(segments);
        this.values = values;
        this.showValues = showValues;
        this.ny = values.length;
        this.nx = values[0].length;
    }

    @Override
    public void paint(Graphics2D g) {
        double left = getXAxisScreenValueForMin();
        double width = getXAxisScreenValueForMax() - left;
        double top = getYAxisScreenValueForMin();
        double height = getYAxisScreenValueForMax() - top;
        double content = styler.getPlotContentSize();
        double cellW = width * content / nx;
        double cellH = height * content / ny;
        double x0 = left + width * (1 - content) / 2;
        double y0 = top + height * (1 - content) / 2;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (showValues) {
            drawValues(g, x0, y0, cellW, cellH);
        }
        for (int pass = 0; pass < 2; pass++) { // a dark halo under a white line: visible on any colour
            g.setStroke(new BasicStroke(pass == 0 ? 6f : 3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(pass == 0 ? Color.BLACK : Color.WHITE);
            for (Segment s : segments) {
                g.draw(new Line2D.Double(x0 + (s.x0() + 0.5) * cellW, y0 + (ny - 0.5 - s.y0()) * cellH,
                        x0 + (s.x1() + 0.5) * cellW, y0 + (ny - 0.5 - s.y1()) * cellH));
            }
        }
        bounds = new Rectangle2D.Double(left, top, width, height);
    }

    private void drawValues(Graphics2D g, double x0, double y0, double cellW, double cellH) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        FontMetrics fm = g.getFontMetrics();
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double v = values[j][i];
                if (Double.isNaN(v)) {
                    continue;
                }
                String text = AxisValue.format(v, 3);
                boolean light = hi > lo && (v - lo) / (hi - lo) >= 0.6; // the yellow-green end of viridis
                g.setColor(light ? Color.BLACK : Color.WHITE);
                float tx = (float) (x0 + (i + 0.5) * cellW - fm.stringWidth(text) / 2.0);
                float ty = (float) (y0 + (ny - 0.5 - j) * cellH + fm.getAscent() / 2.0 - 1);
                g.drawString(text, tx, ty);
            }
        }
    }
}
