package org.rfsweep.plot.render;

import java.util.ArrayList;
import java.util.List;
import org.rfsweep.plot.CurveFigureData;
import org.rfsweep.plot.CurveFigures;
import org.rfsweep.plot.FieldFigureData;
import org.rfsweep.plot.FieldFigures;
import org.rfsweep.plot.MetricFigureData;
import org.rfsweep.plot.MetricFigures;
import org.rfsweep.plot.PhaseFigureData;
import org.rfsweep.plot.PhaseFigures;
import org.rfsweep.plot.PlotInputException;
import org.rfsweep.plot.PlotKind;
import org.rfsweep.plot.PlotOptions;
import org.rfsweep.plot.TrajectoryFigureData;
import org.rfsweep.plot.TrajectoryFigures;
import org.rfsweep.plot.SparkSweepTables;

/** Builds the figure data of a kind (validating the request) and renders it: one or more PNG images. */
public final class Figures {
    private Figures() {
    }

    public static List<Figure> build(PlotKind kind, SparkSweepTables t, PlotOptions o) throws PlotInputException {
        return build(kind, t, List.of(), o);
    }

    /**
     * @param others sweeps overlaid on {@code t}'s figure (metric-vs-axis, curves); an error for
     *               the kinds that draw one sweep only
     */
    public static List<Figure> build(PlotKind kind, SparkSweepTables t, List<SparkSweepTables> others, PlotOptions o)
            throws PlotInputException {
        if (!others.isEmpty() && kind != PlotKind.METRIC_VS_AXIS && kind != PlotKind.CURVES) {
            throw new PlotInputException("--with overlays other sweeps on metric-vs-axis and curves only, not on " + kind);
        }
        return switch (kind) {
            case PHASE -> phase(t, o);
            case TRAJECTORIES -> trajectories(t, o);
            case FIELDS -> fields(t, o);
            case METRIC_VS_AXIS -> List.of(metricVsAxis(t, others, o));
            case CURVES -> curves(t, others, o);
        };
    }

    static List<Figure> curves(SparkSweepTables t, List<SparkSweepTables> others, PlotOptions o) throws PlotInputException {
        List<Figure> out = new ArrayList<>();
        for (CurveFigureData d : CurveFigures.build(t, others, o.metric(), o.where())) {
            String with = others.isEmpty() ? "" : " with " + String.join(", ", others.stream().map(SparkSweepTables::sweep).toList());
            out.add(new Figure(FileNames.of("curves-" + d.metric(), d.label()), () -> Png.image(CurveFigure.chart(t.sweep(), d)),
                    d.metric() + " against time, mean ± seed sd" + (d.label().isEmpty() ? "" : " at " + d.label()) + with));
        }
        return out;
    }

    static List<Figure> trajectories(SparkSweepTables t, PlotOptions o) throws PlotInputException {
        List<Figure> out = new ArrayList<>();
        for (TrajectoryFigureData d : TrajectoryFigures.build(t, o.where())) {
            out.add(new Figure(FileNames.of("trajectories", d.label()), () -> Png.image(TrajectoryFigure.chart(t.sweep(), d, o.accuracy())),
                    "IPR(t) of every neuron and the seed mean" + (d.label().isEmpty() ? "" : " at " + d.label())));
        }
        return out;
    }

    static List<Figure> fields(SparkSweepTables t, PlotOptions o) throws PlotInputException {
        List<Figure> out = new ArrayList<>();
        for (FieldFigureData d : FieldFigures.build(t, o.where())) {
            out.add(new Figure(FileNames.of("fields", d.label(), "seed=" + d.seed()), () -> FieldGallery.image(t.sweep(), d),
                    "final receptive fields of seed " + d.seed() + (d.label().isEmpty() ? "" : " at " + d.label())));
        }
        return out;
    }

    static Figure metricVsAxis(SparkSweepTables t, List<SparkSweepTables> others, PlotOptions o) throws PlotInputException {
        MetricFigureData d = MetricFigures.build(t, others, o.metric(), o.x(), o.where());
        String extras = (d.referenceTitle() == null ? "" : ", with " + d.referenceTitle())
                + (d.statisticTitle() == null ? "" : (d.referenceTitle() == null ? ", with " : " and ") + d.statisticTitle());
        return new Figure(FileNames.of(d.metric() + "-vs-" + d.x().name()), () -> Png.image(MetricFigure.chart(t.sweep(), d)),
                d.metric() + " against " + d.x().name() + " (mean ± standard error over seeds)" + extras);
    }

    static List<Figure> phase(SparkSweepTables t, PlotOptions o) throws PlotInputException {
        PhaseFigureData d = PhaseFigures.build(t, o.metric(), o.x(), o.y(), o.level(), o.where());
        List<Figure> out = new ArrayList<>();
        for (PhaseFigureData.Panel p : d.panels()) {
            String caption = d.metric() + " over " + d.x().name() + " × " + d.y().name()
                    + (p.label().isEmpty() ? "" : " at " + p.label())
                    + (d.boundaryMetric() == null ? "" : "; the line is the " + d.boundaryMetric() + " = " + d.level() + " boundary");
            out.add(new Figure(FileNames.of("phase-" + d.metric(), p.label()), () -> Png.image(PhaseFigure.chart(t.sweep(), d, p)),
                    caption));
        }
        return out;
    }
}
