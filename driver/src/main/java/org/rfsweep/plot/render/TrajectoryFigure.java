package org.rfsweep.plot.render;

import java.awt.Color;
import java.util.Arrays;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.rfsweep.plot.TrajectoryFigureData;

/**
 * IPR(t) of every neuron of every seed (thin lines, one colour per seed) and the seed mean of the
 * neurons' mean IPR (bold black) on a log time axis, with the random level 3/(N+2) and the
 * localisation threshold three times that; optionally the test accuracy on a right axis. The
 * snapshot at t = 0 cannot sit on a log axis and is left out (it is the random initialisation).
 */
public final class TrajectoryFigure {
    private TrajectoryFigure() {
    }

    public static XYChart chart(String sweep, TrajectoryFigureData d, boolean accuracy) {
        XYChart c = Charts.xy(1000, 640, "IPR of each neuron during training, sweep " + sweep
                + (d.label().isEmpty() ? "" : " [" + d.label() + "]"), "training time t (steps / N, log scale; t = 0 not shown)",
                "inverse participation ratio IPR");
        c.getStyler().setXAxisLogarithmic(true);
        double tMin = Double.POSITIVE_INFINITY;
        double tMax = 0;
        for (int s = 0; s < d.seeds().size(); s++) {
            TrajectoryFigureData.Seed seed = d.seeds().get(s);
            int[] keep = positive(seed.time());
            Color colour = Palette.translucent(Palette.SERIES[s % Palette.SERIES.length], 150);
            for (int j = 0; j < seed.ipr().length; j++) {
                Charts.line(c, "seed " + seed.seed() + (j == 0 ? ": each neuron" : " neuron " + j), pick(seed.time(), keep),
                        pick(seed.ipr()[j], keep), colour, 1f, j == 0);
            }
            if (keep.length > 0) {
                tMin = Math.min(tMin, seed.time()[keep[0]]);
                tMax = Math.max(tMax, seed.time()[keep[keep.length - 1]]);
            }
        }
        int[] keep = positive(d.meanTime());
        Charts.line(c, "mean over neurons and " + d.seeds().size() + " seeds", pick(d.meanTime(), keep),
                pick(d.meanIpr(), keep), Color.BLACK, 4f, true);
        if (!Double.isNaN(d.randomLevel()) && tMax > 0) {
            Charts.reference(c, "random weights 3/(N+2)", tMin, tMax, d.randomLevel(), Color.GRAY, Charts.DASHED);
            Charts.reference(c, "localised above 3 × 3/(N+2)", tMin, tMax, 3 * d.randomLevel(), new Color(0x8E44AD), Charts.DOTTED);
        }
        if (accuracy) {
            addAccuracy(c, d, keep);
        }
        return c;
    }

    private static void addAccuracy(XYChart c, TrajectoryFigureData d, int[] keep) {
        double[] t = pick(d.meanTime(), keep);
        double[] a = pick(d.meanAccuracy(), keep);
        int[] defined = java.util.stream.IntStream.range(0, a.length).filter(i -> !Double.isNaN(a[i])).toArray();
        if (defined.length == 0) {
            return;
        }
        XYSeries s = Charts.line(c, "test accuracy, mean over seeds (right axis)", pick(t, defined), pick(a, defined),
                new Color(0x117A65), 2.5f, true);
        s.setLineStyle(Charts.DASHED);
        s.setYAxisGroup(1);
        c.setYAxisGroupTitle(1, "test accuracy");
        c.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
    }

    /** Indices of the positive entries (the times a log axis can show). */
    static int[] positive(double[] t) {
        return java.util.stream.IntStream.range(0, t.length).filter(i -> t[i] > 0).toArray();
    }

    static double[] pick(double[] v, int[] idx) {
        return Arrays.stream(idx).mapToDouble(i -> v[i]).toArray();
    }
}
