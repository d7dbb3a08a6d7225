package org.rfsweep.plot.render;

import java.util.ArrayList;
import java.util.List;
import org.rfsweep.plot.PhaseFigureData;
import org.rfsweep.plot.PhaseFigures;
import org.rfsweep.plot.PlotInputException;
import org.rfsweep.plot.PlotKind;
import org.rfsweep.plot.PlotOptions;
import org.rfsweep.spark.SparkSweepTables;

/** Builds the figure data of a kind (validating the request) and renders it: one or more PNG images. */
public final class Figures {
    private Figures() {
    }

    public static List<Figure> build(PlotKind kind, SparkSweepTables t, PlotOptions o) throws PlotInputException {
        return switch (kind) {
            case PHASE -> phase(t, o);
            default -> throw new PlotInputException("kind " + kind + " is not implemented");
        };
    }

    static List<Figure> phase(SparkSweepTables t, PlotOptions o) throws PlotInputException {
        PhaseFigureData d = PhaseFigures.build(t, o.metric(), o.x(), o.y(), o.level());
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
