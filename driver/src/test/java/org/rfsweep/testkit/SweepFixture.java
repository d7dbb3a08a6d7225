package org.rfsweep.testkit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.rfsweep.spark.SweepRunner;
import org.rfsweep.spark.SparkTableViews;
import org.rfsweep.table.OutputLayout;

/** Runs sweeps against one shared session and reads the tables back, for Spark tests. */
public final class SweepFixture {
    private final SparkSession spark;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    public SweepFixture(SparkSession spark) {
        this.spark = spark;
    }

    public SweepRunner sweep(Path out, boolean retryFailed, boolean failFast) {
        return sweep(out, retryFailed, failFast, 500);
    }

    public SweepRunner sweep(Path out, boolean retryFailed, boolean failFast, long progressMillis) {
        return new SweepRunner(() -> spark, new PrintStream(log, true, StandardCharsets.UTF_8),
                new SweepRunner.Options(new OutputLayout(out), retryFailed, failFast, progressMillis, "test-commit"));
    }

    public SweepRunner.Outcome run(Path out, TestSweep spec) throws Exception {
        return sweep(out, false, false).run(spec);
    }

    /** The query's rows after registering the tables of {@code out} as views. */
    public List<Row> sql(Path out, String query) {
        SparkTableViews.register(spark, new OutputLayout(out));
        Dataset<Row> df = spark.sql(query);
        return df.collectAsList();
    }

    public long count(Path out, String query) {
        return sql(out, query).get(0).getLong(0);
    }

    public String log() {
        return log.toString(StandardCharsets.UTF_8);
    }
}
