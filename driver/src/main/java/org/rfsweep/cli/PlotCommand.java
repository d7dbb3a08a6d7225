package org.rfsweep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.rfsweep.plot.PlotKind;
import org.rfsweep.plot.PlotOptions;
import org.rfsweep.plot.render.Figure;
import org.rfsweep.plot.render.FigureDirectory;
import org.rfsweep.plot.render.Figures;
import org.rfsweep.plot.SparkSweepTables;
import org.rfsweep.spark.LazySession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rfsweep plot SWEEP --kind K --dir DIR [--out ROOT]}: PNG figures of a finished sweep
 * (SCIENCE.md sections 4 and 6). Everything is validated before anything is written; an invalid
 * request is one line and exit 2 ({@link Main}), and the directory is written all or nothing.
 */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = {"Draw PNG figures of a sweep from its tables.",
            "  phase: a phase metric (default frac_localised) as a heatmap over two swept axes, with the "
                + "localisation boundary (frac_localised = --level); other swept axes give one figure per value.",
            "  trajectories: IPR(t) of every neuron (thin) and the seed mean (bold), log time axis, one figure per grid point.",
            "  fields: the final receptive fields of one trial per grid point (1-D profiles, 2-D images), coloured by bias group.",
            "  metric-vs-axis: a run metric (default: the kernel's headline metric) against a swept axis (--x; default: "
                + "the kernel's natural axis, e.g. gain) with standard errors over seeds, the kernel's reference level "
                + "(e.g. 3/(N+2)) and its data statistic (e.g. the input kurtosis) on a second axis. "
                + "(ipr-vs-gain, its old name, still works.)",
            "  curves: a trajectories column (--metric, default test_loss) against time, mean ± seed sd; one figure per "
                + "value combination of the numeric swept axes (e.g. gain, lr), one series per value of the others (e.g. inputs).",
            "  --with SWEEP (metric-vs-axis, curves; repeatable) overlays another sweep of the same results root at the "
                + "same axis values, e.g. a theory kernel's prediction beside the simulation.",
            "Reads the tables under --out (the results root, as in run) and writes the PNG files into --dir.",
            "Example: rfsweep plot quickstart --kind metric-vs-axis --dir figures"})
final class PlotCommand implements Callable<Integer> {
    @Mixin
    SweepArgument sweep;

    @Mixin
    MasterOption master;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "phase, trajectories, fields, metric-vs-axis or curves", converter = KindConverter.class)
    PlotKind kind;

    @Option(names = "--metric", paramLabel = "M",
            description = "phase: a phase column (default frac_localised); metric-vs-axis: a run metric (default: the kernel's headline)")
    String metric;

    @Option(names = "--x", paramLabel = "AXIS",
            description = "phase, metric-vs-axis: the horizontal axis (default: the kernel's natural axis, e.g. gain, or the first swept)")
    String x;

    @Option(names = "--y", paramLabel = "AXIS", description = "phase: the vertical axis")
    String y;

    @Option(names = "--level", paramLabel = "L", defaultValue = "0.5",
            description = "phase: the frac_localised level drawn as the boundary (default: ${DEFAULT-VALUE})")
    double level;

    @Option(names = "--where", paramLabel = "SELECTION",
            description = "grid points to draw, e.g. 'gain=3.162 and inputs=nlgp' (axis=value pairs joined by 'and'; "
                    + "seed=S picks the trial of fields)")
    String where;

    @Option(names = "--with", paramLabel = "SWEEP",
            description = "metric-vs-axis, curves: overlay this sweep (same results root; repeatable)")
    List<String> with = new java.util.ArrayList<>();

    @Option(names = "--accuracy", description = "trajectories: also draw the test accuracy (right axis)")
    boolean accuracy;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        if (!(level > 0 && level < 1)) {
            throw new InvalidOptionException("--level", "must lie strictly between 0 and 1, got " + level);
        }
        String name = SparkSetup.checkSweep(sweep);
        for (String w : with) {
            SparkSweepTables.check(sweep.layout(), w, "--with");
        }
        try (LazySession session = SparkSetup.session(master)) {
            SparkSweepTables tables = SparkSetup.sweepTables(session, sweep, name, command, "the figures");
            List<SparkSweepTables> others = new java.util.ArrayList<>();
            for (String w : with) {
                others.add(SparkSetup.sweepTables(session, sweep, w, command, "the figures"));
            }
            List<Figure> figures = Figures.build(kind, tables, others, new PlotOptions(metric, x, y, level, where, accuracy));
            try (FigureDirectory dir = new FigureDirectory(sweep.dir())) {
                dir.writeAll(figures);
                dir.commit();
            }
            command.commandLine().getOut().println(figures.size() + " figure" + (figures.size() == 1 ? "" : "s")
                    + " (" + kind + ") of sweep " + name + " in " + sweep.dir().toAbsolutePath().normalize());
            return ExitCodes.OK;
        }
    }

    /** Parses a kind by its label, listing the labels when it is unknown. */
    static final class KindConverter implements picocli.CommandLine.ITypeConverter<PlotKind> {
        @Override
        public PlotKind convert(String value) {
            if (value.equals(PlotKind.DEPRECATED_GAIN_LABEL)) {
                return PlotKind.METRIC_VS_AXIS;
            }
            for (PlotKind k : PlotKind.values()) {
                if (k.label().equals(value)) {
                    return k;
                }
            }
            List<String> labels = java.util.Arrays.stream(PlotKind.values()).map(PlotKind::label).toList();
            throw new picocli.CommandLine.TypeConversionException("unknown kind '" + value + "'"
                    + org.rfsweep.spec.DidYouMean.hint(value, labels, "") + "; kinds: " + String.join(", ", labels));
        }
    }
}
