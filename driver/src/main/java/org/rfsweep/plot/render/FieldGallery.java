package org.rfsweep.plot.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.rfsweep.plot.AxisValue;
import org.rfsweep.plot.FieldFigureData;

/**
 * A gallery of one trial's final receptive fields, one tile per neuron: a 1-D profile w_i against
 * pixel i, or a 2-D image (blue negative, white zero, red positive), titled with the neuron's IPR
 * and coloured by its bias group (red +b, blue -b). All tiles share one weight scale so they compare.
 */
public final class FieldGallery {
    private static final int COLUMNS = 4;

    private FieldGallery() {
    }

    public static BufferedImage image(String sweep, FieldFigureData d) {
        double scale = 0;
        for (FieldFigureData.Neuron n : d.neurons()) {
            for (double w : n.weights()) {
                scale = Math.max(scale, Math.abs(w));
            }
        }
        List<BufferedImage> tiles = new ArrayList<>();
        for (FieldFigureData.Neuron n : d.neurons()) {
            Chart<?, ?> c = d.dim() == 2 ? image(d, n, scale) : profile(d, n, scale);
            tiles.add(Png.image(c));
        }
        String title = "Final receptive fields, sweep " + sweep + (d.label().isEmpty() ? "" : " [" + d.label() + "]")
                + ", seed " + d.seed() + ";  red title: +b, blue: −b;" + (d.dim() == 2 ? "  pixel w: blue < 0 < red, ±"
                + AxisValue.format(scale, 3) + ";" : "") + (Double.isNaN(d.randomLevel()) ? ""
                : "  localised: IPR ≥ " + AxisValue.format(3 * d.randomLevel(), 3) + " = 9/(N+2)");
        return Png.tile(title, tiles, COLUMNS);
    }

    private static String tileTitle(FieldFigureData.Neuron n) {
        return "neuron " + n.neuron() + ", " + (n.positive() ? "+b" : "−b") + " (b = " + AxisValue.format(n.bias(), 3)
                + "), IPR " + AxisValue.format(n.ipr(), 3) + (n.localised() ? ", localised" : "");
    }

    private static void styleTitle(AxesChartStyler s, FieldFigureData.Neuron n) {
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        s.setChartTitleBoxVisible(true);
        s.setChartTitleBoxBackgroundColor(n.positive() ? Palette.POSITIVE_BIAS : Palette.NEGATIVE_BIAS);
        s.setChartTitleBoxBorderColor(n.positive() ? Palette.POSITIVE_BIAS : Palette.NEGATIVE_BIAS);
        s.setChartFontColor(Color.WHITE);
        s.setAxisTickLabelsColor(Color.BLACK);
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        s.setLegendVisible(false);
    }

    private static XYChart profile(FieldFigureData d, FieldFigureData.Neuron n, double scale) {
        XYChart c = Charts.xy(400, 260, tileTitle(n), "pixel i", "weight w_i");
        styleTitle(c.getStyler(), n);
        c.getStyler().setXAxisTitleColor(Color.BLACK);
        c.getStyler().setYAxisTitleColor(Color.BLACK);
        double[] x = new double[n.weights().length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        Charts.line(c, "w", x, n.weights(), n.positive() ? Palette.POSITIVE_BIAS : Palette.NEGATIVE_BIAS, 1.8f, false);
        c.getStyler().setYAxisMin(-scale).setYAxisMax(scale);
        // XChart crams ~17 pixel labels into a 400-px tile (they overlap); label only multiples of a
        // quarter of the ring, rounded to a multiple of 5, and leave the other ticks unlabelled
        int step = Math.max(5, Math.round(x.length / 4f / 5f) * 5);
        c.getStyler().setxAxisTickLabelsFormattingFunction(
                v -> Math.abs(v - step * Math.rint(v / step)) < 1e-9 ? String.valueOf(Math.round(v)) : " "); // XChart cannot lay out ""
        return c;
    }

    private static HeatMapChart image(FieldFigureData d, FieldFigureData.Neuron n, double scale) {
        HeatMapChart c = new HeatMapChartBuilder().width(400).height(400).title(tileTitle(n))
                .xAxisTitle("column (pixels)").yAxisTitle("row (pixels)").build();
        styleTitle(c.getStyler(), n);
        c.getStyler().setRangeColors(Palette.DIVERGING);
        c.getStyler().setXAxisTitleColor(Color.BLACK);
        c.getStyler().setYAxisTitleColor(Color.BLACK);
        c.getStyler().setPlotContentSize(1.0);
        List<Integer> columns = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            columns.add(i);
            rows.add(d.size() - 1 - i); // XChart counts rows from the bottom; an image's row 0 is at the top
        }
        List<Number[]> heat = new ArrayList<>();
        for (int r = 0; r < d.size(); r++) {
            for (int col = 0; col < d.size(); col++) {
                heat.add(new Number[] {col, d.size() - 1 - r, n.weights()[r * d.size() + col]});
            }
        }
        HeatRange.pin(heat, d.size(), -scale, scale); // white is w = 0, one scale for the whole gallery
        c.addSeries("w", columns, rows, heat);
        return c;
    }
}
