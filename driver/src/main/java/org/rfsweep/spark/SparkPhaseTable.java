package org.rfsweep.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.table.FileTrees;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.ParquetFiles;
import org.rfsweep.table.PhaseColumns;
import org.rfsweep.table.RunsRows;
import org.rfsweep.table.Table;
import org.rfsweep.table.WriteConf;

/**
 * The {@code phase} table of a sweep: one row per grid point (every parameter column except
 * {@code seed}, plus kernel and kernel_version), aggregated over seeds from {@code runs} with
 * Spark SQL, and rewritten whole (one file, atomically replaced) so it is idempotent.
 *
 * <p>Columns as {@link PhaseColumns} names them: the grid point; the counts; for every kernel
 * metric m, m_mean and m_se, the mean and standard error (sample standard deviation / sqrt(n))
 * over the ok trials where m is defined (not NaN), null when there is none (se: fewer than two);
 * frac_localised, the share of ok trials whose localised-count metric is positive (null if the
 * kernel has none or no trial is ok); git_commit and spec_hash of the run that wrote it.
 */
public final class SparkPhaseTable {
    /** The phase table's one file in its sweep partition. */
    public static final String PHASE_FILE = "part-phase.parquet";

    private SparkPhaseTable() {
    }

    /** Recomputes and replaces the phase table of {@code conf.sweep()}; returns its row count. */
    public static long write(SparkSession spark, Kernel kernel, WriteConf conf) throws IOException {
        OutputLayout layout = conf.layout();
        if (layout.partFiles(Table.RUNS, conf.sweep()).isEmpty()) {
            return 0;
        }
        Dataset<Row> runs = spark.read().option("mergeSchema", "true")
                .parquet(SparkPaths.literal(layout.partitionDir(Table.RUNS, conf.sweep())));
        Dataset<Row> phase = aggregate(runs, kernel, conf);
        Path staging = layout.stagingDir().resolve("phase-" + UUID.randomUUID());
        try {
            phase.write().parquet(staging.toString());
            Path part = singlePart(staging);
            Path target = layout.partitionDir(Table.PHASE, conf.sweep()).resolve(PHASE_FILE);
            Files.createDirectories(target.getParent());
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return ParquetFiles.rowCount(target);
        } finally {
            FileTrees.delete(staging);
        }
    }

    static Dataset<Row> aggregate(Dataset<Row> runs, Kernel kernel, WriteConf conf) {
        PhaseColumns columns = new PhaseColumns(kernel);
        List<Column> keys = new ArrayList<>();
        keys.add(col("kernel"));
        keys.add(col("kernel_version"));
        columns.gridColumns().forEach(c -> keys.add(col(c)));
        Column ok = col(RunsRows.STATUS).equalTo("ok");
        List<Column> aggs = new ArrayList<>();
        aggs.add(count(lit(1)).alias(PhaseColumns.N_TRIALS));
        aggs.add(kernel.schema().contains(PhaseColumns.SEED) ? countDistinct(col(PhaseColumns.SEED)).alias(PhaseColumns.N_SEEDS)
                : count(lit(1)).alias(PhaseColumns.N_SEEDS));
        for (String status : PhaseColumns.STATUSES) {
            aggs.add(sum(when(col(RunsRows.STATUS).equalTo(status), 1).otherwise(0)).alias(PhaseColumns.count(status)));
        }
        for (MetricSpec metric : columns.metrics()) {
            String m = metric.name();
            Column v = when(ok.and(col(m).isNotNull()).and(isnan(col(m)).unary_$bang()), col(m));
            aggs.add(avg(v).alias(PhaseColumns.mean(m)));
            aggs.add(stddev_samp(v).divide(sqrt(count(v))).alias(PhaseColumns.se(m)));
        }
        if (columns.localisedCount().isPresent()) {
            Column n = col(columns.localisedCount().get().name());
            Column localised = when(n.gt(0).and(isnan(n).unary_$bang()), 1.0).otherwise(0.0);
            aggs.add(avg(when(ok, localised)).alias(PhaseColumns.FRAC_LOCALISED));
        } else {
            aggs.add(lit(null).cast("double").alias(PhaseColumns.FRAC_LOCALISED));
        }
        aggs.add(lit(conf.gitCommit()).alias("git_commit"));
        aggs.add(lit(conf.specHash()).alias("spec_hash"));
        return runs.groupBy(keys.toArray(new Column[0]))
                .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]))
                .coalesce(1)
                .sortWithinPartitions(keys.toArray(new Column[0]));
    }

    private static Path singlePart(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> parts = s.filter(p -> p.getFileName().toString().startsWith("part-")
                    && p.getFileName().toString().endsWith(".parquet")).toList();
            if (parts.size() != 1) {
                throw new IOException("expected one phase file in " + dir + ", found " + parts.size());
            }
            return parts.get(0);
        }
    }
}
