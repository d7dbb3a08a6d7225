package org.rfsweep.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rfsweep.plot.render.FigureDirectory;
import org.rfsweep.report.HtmlReport;
import org.rfsweep.report.ReportBuilder;
import org.rfsweep.report.ReportData;
import org.rfsweep.plot.SparkSweepTables;
import org.rfsweep.spark.LazySession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rfsweep report SWEEP --dir DIR [--out ROOT]}: one static HTML page of a sweep,
 * {@code DIR/index.html}, with its figures as PNG files in {@code DIR/figures/}. Written all or
 * nothing (a previous report's page and figures there are replaced).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a static HTML report of a sweep: DIR/index.html (opens from disk, no server) and its "
                + "figures in DIR/figures/.",
            "Contents: the spec, provenance (kernel and version, git commit, spec hash, run times, Spark masters, "
                + "executors), the phase table, every figure kind that applies, and the failed and diverged trials "
                + "with their messages.",
            "Reads the tables under --out (the results root, as in run); a previous report in --dir is replaced.",
            "Example: rfsweep report quickstart --dir report && open report/index.html"})
final class ReportCommand implements Callable<Integer> {
    static final String PAGE = "index.html";

    @Mixin
    SweepArgument sweep;

    @Mixin
    MasterOption master;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        String name = SparkSetup.checkSweep(sweep);
        String specText = sweep.isSpecFile() ? Files.readString(Path.of(sweep.sweep), StandardCharsets.UTF_8) : null;
        try (LazySession session = SparkSetup.session(master)) {
            SparkSweepTables tables = SparkSetup.sweepTables(session, sweep, name, command, "the report");
            ReportBuilder builder = new ReportBuilder(tables, sweep.layout(), specText);
            ReportData data = builder.build();
            try (FigureDirectory dir = new FigureDirectory(sweep.dir())) {
                dir.writeAll(builder.figures(), ReportBuilder.FIGURE_DIR);
                dir.writeText(PAGE, HtmlReport.render(data));
                dir.commit();
            }
            command.commandLine().getOut().println("report of sweep " + name + " (" + builder.figures().size()
                    + " figures, " + data.failures().rows().size() + " failed or diverged trials): "
                    + sweep.dir().toAbsolutePath().normalize().resolve(PAGE));
            return ExitCodes.OK;
        }
    }
}
