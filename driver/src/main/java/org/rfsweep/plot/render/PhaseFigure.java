package org.rfsweep.plot.render;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.Styler;
import org.rfsweep.plot.AxisValue;
import org.rfsweep.plot.PhaseFigureData;
import org.rfsweep.plot.SweptAxis;
import org.rfsweep.table.PhaseColumns;

/**
 * A phase diagram: the metric as a heatmap over two swept axes (cells evenly spaced, so a
 * log-spaced gain axis is a log axis), the value printed in each cell when the grid is small, and
 * the localisation boundary as a white line with a dark halo.
 */
public final class PhaseFigure {
    private PhaseFigure() {
    }

    public static HeatMapChart chart(String sweep, PhaseFigureData d, PhaseFigureData.Panel p) {
        HeatMapChart c = new HeatMapChartBuilder().width(1000).height(640)
                .title(d.metricTitle() + ", sweep " + sweep + (p.label().isEmpty() ? "" : " [" + p.label() + "]")
                        + boundaryNote(d))
                .xAxisTitle(axisTitle(d.x())).yAxisTitle(axisTitle(d.y())).build();
        Styler s = c.getStyler();
        c.getStyler().setRangeColors(Palette.VIRIDIS).setPiecewise(true).setPiecewiseRanged(true)
                .setSplitNumber(5).setHeatMapDecimalValueFormatter(v -> AxisValue.format(v));
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setPlotBackgroundColor(new Color(0xDDDDDD));
        boolean small = d.x().values().size() * d.y().values().size() <= 120 && d.x().values().size() <= 16;
        if (d.x().values().size() > 10) {
            c.getStyler().setXAxisLabelRotation(90); // e.g. a refined gain axis: horizontal labels would overlap
        }
        List<Number[]> heat = new ArrayList<>();
        boolean missing = false;
        for (int j = 0; j < p.values().length; j++) {
            for (int i = 0; i < p.values()[j].length; i++) {
                if (Double.isNaN(p.values()[j][i])) {
                    missing = true;
                } else {
                    heat.add(new Number[] {i, j, p.values()[j][i]});
                }
            }
        }
        if (d.metric().equals(PhaseColumns.FRAC_LOCALISED)) {
            HeatRange.pin(heat, d.x().values().size(), 0, 1); // a fraction: the full scale, also when all cells agree
        }
        if (missing) {
            // refine adds gains to some rows only; say what an empty (background) cell means
            c.setTitle(c.getTitle() + "; grey: no such grid point");
        }
        c.addSeries(legend(d), labels(d.x()), labels(d.y()), heat);
        c.addAnnotation(new CellOverlay(p.boundary(), p.values(), small));
        return c;
    }

    private static String legend(PhaseFigureData d) {
        return d.metric();
    }

    /** What the boundary line is, for the title. */
    private static String boundaryNote(PhaseFigureData d) {
        return d.boundaryMetric() == null ? " (no boundary: the kernel counts no localised units)"
                : "; white line: " + d.boundaryMetric() + " = " + AxisValue.format(d.level());
    }

    private static String axisTitle(SweptAxis a) {
        return a.title() + (a.logSpaced() ? ", log-spaced" : "");
    }

    private static List<String> labels(SweptAxis a) {
        return a.values().stream().map(AxisValue::label).toList();
    }
}
