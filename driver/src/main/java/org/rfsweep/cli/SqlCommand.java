package org.rfsweep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.rfsweep.spark.LazySession;
import org.rfsweep.spark.SparkReadOnlyQuery;
import org.rfsweep.spark.SparkTableViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rfsweep sql "QUERY"}: runs Spark SQL over the tables under {@code --out}, each registered
 * as a view ({@code runs}, {@code trajectories}, {@code receptive_fields}, {@code phase}, with a
 * {@code sweep} column), and prints an aligned table or CSV. A query Spark rejects is invalid input
 * (exit 2). Read-only: anything but a query (see {@link SparkReadOnlyQuery}) is refused from its
 * parse tree before Spark starts, so a statement can never write, delete or reconfigure anything.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Query the tables with Spark SQL. Views: runs, trajectories, receptive_fields, phase "
                + "(each with a sweep column).",
            "Read-only: queries (SELECT, WITH, VALUES), EXPLAIN and DESCRIBE run; any statement that writes, "
                + "caches, adds files or changes settings, reads files directly, or calls reflect/java_method is "
                + "refused (exit 2) before Spark starts.",
            "Example: rfsweep sql \"SELECT gain, inputs, ipr_mean_mean, frac_localised FROM phase "
                + "WHERE sweep = 'quickstart' ORDER BY inputs, gain\""})
final class SqlCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY", description = "a Spark SQL query")
    String query;

    @Mixin
    OutputOption output;

    @Mixin
    MasterOption master;

    @Option(names = "--csv", description = "print CSV (full precision) instead of an aligned table")
    boolean csv;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", converter = NumberRanges.AtLeastZero.class,
            description = "print at most N rows (default: ${DEFAULT-VALUE}); 0 = no limit")
    int limit;

    @Spec
    CommandSpec command;

    /** The query's plan; a query Spark cannot analyse (parse errors included) is invalid input. */
    private Dataset<Row> analysed(SparkSession spark) throws SparkReadOnlyQuery.RefusedException {
        try {
            return spark.sql(query);
        } catch (Exception e) {
            if (!(e instanceof AnalysisException)) { // javac cannot see that Scala code throws it
                throw e;
            }
            throw new SparkReadOnlyQuery.RefusedException(e.getMessage().strip().lines().findFirst().orElse(""));
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        SparkReadOnlyQuery.check(query); // refused: exit 2 before Spark starts (Main)
        output.readable();
        try (LazySession session = SparkSetup.session(master)) {
            SparkSession spark = session.get();
            List<String> views = SparkTableViews.register(spark, output.layout(),
                    bad -> err.println(command.qualifiedName() + ": skipped unreadable " + bad));
            if (views.isEmpty()) {
                throw new InvalidOptionException("--out", "no tables under " + output.layout().root()
                        + " (run a sweep first, or choose another --out)");
            }
            Dataset<Row> result = analysed(spark);
            Dataset<Row> shown = limit > 0 ? result.limit(limit + 1) : result;
            List<Row> rows = shown.collectAsList();
            boolean truncated = limit > 0 && rows.size() > limit;
            TextTable table = SparkRowText.table(result.schema(), truncated ? rows.subList(0, limit) : rows, !csv);
            (csv ? table.csv() : table.aligned()).forEach(out::println);
            if (truncated) {
                err.println(command.qualifiedName() + ": showing the first " + limit + " rows (--limit 0 shows all)");
            }
            return ExitCodes.OK;
        }
    }
}
