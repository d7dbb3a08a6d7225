package org.rfsweep.plot.render;

import java.awt.BasicStroke;
import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.rfsweep.plot.CurveFigureData;

/**
 * Learning curves of one panel on a log time axis: the plotted sweep's series with markers and
 * error bars of one seed standard deviation (the seed spread), each overlaid sweep's series as a
 * bold dashed line (a deterministic prediction has one trial and no spread). t = 0 is left out.
 */
public final class CurveFigure {
    private static final BasicStroke OVERLAY = new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {10f, 6f}, 0f);

    private CurveFigure() {
    }

    public static XYChart chart(String sweep, CurveFigureData d) {
        XYChart c = Charts.xy(1000, 680, d.metric() + " during training, sweep " + sweep
                        + (d.label().isEmpty() ? "" : " [" + d.label() + "]"),
                "training time t (log scale; t = 0 not shown)", d.metric() + ", mean over seeds ± seed sd");
        c.getStyler().setXAxisLogarithmic(true);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setErrorBarsColorSeriesColor(true);
        int own = 0;
        int overlay = 0;
        for (CurveFigureData.Series s : d.series()) {
            int[] keep = TrajectoryFigure.positive(s.time());
            if (keep.length == 0) {
                continue;
            }
            double[] t = TrajectoryFigure.pick(s.time(), keep);
            double[] m = TrajectoryFigure.pick(s.mean(), keep);
            String name = s.sweep() + (s.label().isEmpty() ? "" : ": " + s.label()) + " (" + s.seeds()
                    + (s.seeds() == 1 ? " trial)" : " seeds)");
            XYSeries x;
            if (s.sweep().equals(sweep)) {
                Color colour = Palette.SERIES[own++ % Palette.SERIES.length];
                x = c.addSeries(name, t, m, TrajectoryFigure.pick(s.sd(), keep));
                x.setLineColor(colour);
                x.setMarkerColor(colour);
                x.setMarker(SeriesMarkers.CIRCLE);
                x.setLineStyle(new BasicStroke(2f));
            } else {
                Color colour = overlay++ == 0 ? Color.BLACK : Palette.SERIES[(own + overlay) % Palette.SERIES.length];
                x = Charts.line(c, name, t, m, colour, 3f, true);
                x.setLineStyle(OVERLAY);
            }
        }
        c.getStyler().setMarkerSize(5);
        return c;
    }
}
