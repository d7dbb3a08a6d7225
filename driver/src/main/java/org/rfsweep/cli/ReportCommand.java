package org.rfsweep.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rfsweep.plot.PlotInputException;
import org.rfsweep.plot.render.FigureDirectory;
import org.rfsweep.report.HtmlReport;
import org.rfsweep.report.ReportBuilder;
import org.rfsweep.report.ReportData;
import org.rfsweep.plot.SparkSweepTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rfsweep report SWEEP --out DIR}: one static HTML page of a sweep, {@code DIR/index.html},
 * with its figures as PNG files in {@code DIR/figures/}. Written all or nothing.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a static HTML report of a sweep: DIR/index.html (opens from disk, no server) and its "
                + "figures in DIR/figures/.",
            "Contents: the spec, provenance (kernel and version, git commit, spec hash, run times, Spark masters, "
                + "executors), the phase table, every figure kind that applies, and the failed and diverged trials "
                + "with their messages.",
            "Example: rfsweep report quickstart --out report && open report/index.html"})
final class ReportCommand implements Callable<Integer> {
    static final String PAGE = "index.html";

    @Mixin
    SweepArgument sweep;

    @Mixin
    MasterOption master;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "directory for index.html and figures/ (a previous report there is replaced)")
    Path out;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        try {
            sweep.readableLayout();
            PathChecks.writableDirectory("--out", out);
            String name = sweep.name();
            SparkSweepTables.check(sweep.layout(), name, "--results");
            String specText = sweep.isSpecFile() ? Files.readString(Path.of(sweep.sweep), StandardCharsets.UTF_8) : null;
            try (LazySession session = new LazySession(master.master())) {
                SparkSweepTables tables = SparkSweepTables.open(session.get(), sweep.layout(), name);
                tables.skipped().forEach(b -> command.commandLine().getErr().println("rfsweep report: skipped unreadable "
                        + b + " (its rows are not in the report; 'run' sets it aside and recomputes them)"));
                ReportBuilder builder = new ReportBuilder(tables, sweep.layout(), specText);
                ReportData data = builder.build();
                try (FigureDirectory dir = new FigureDirectory(out)) {
                    dir.writeAll(builder.figures(), ReportBuilder.FIGURE_DIR);
                    dir.writeText(PAGE, HtmlReport.render(data));
                    dir.commit();
                }
                command.commandLine().getOut().println("report of sweep " + name + " (" + builder.figures().size()
                        + " figures, " + data.failures().rows().size() + " failed or diverged trials): "
                        + out.toAbsolutePath().normalize().resolve(PAGE));
                return ExitCodes.OK;
            }
        } catch (PlotInputException e) {
            command.commandLine().getErr().println("rfsweep report: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
    }
}
