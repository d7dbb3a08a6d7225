package org.rfsweep.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamType;
import org.rfsweep.store.Publish;
import org.rfsweep.table.FileTrees;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.ParquetFiles;
import org.rfsweep.table.PhaseColumns;
import org.rfsweep.table.PhaseInputs;
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
 *
 * <p>Implementation note: every floating-point aggregate is independent of file and row order,
 * so a resumed or re-read sweep gives the same bits as an uninterrupted one. Spark's {@code avg}
 * and {@code stddev_samp} add the values in the order the partitions arrive (file listing, task
 * completion), which moved up to 42 of 456 cells of a resumed sweep by ~1e-14. Here each grid
 * point's values are collected, sorted ({@code array_sort}), and folded left in that order
 * ({@code aggregate}): the mean as sum / n, the standard error by the two-pass formula
 * sqrt(sum (v - mean)^2 / (n - 1)) / sqrt(n). Counts are exact integers and need no care. The
 * arrays hold one value per seed of one grid point, so the collection stays small.
 */
public final class SparkPhaseTable {
    /** The phase table's one file in its sweep partition. */
    public static final String PHASE_FILE = "part-phase.parquet";

    private SparkPhaseTable() {
    }

    /** Recomputes and replaces the phase table of {@code conf.sweep()}; returns its row count. */
    public static long write(SparkSession spark, Kernel kernel, WriteConf conf) throws IOException {
        OutputLayout layout = conf.layout();
        // read under the lock after the quarantine: every runs file reads, so none is skipped
        Dataset<Row> runs = SparkTableViews.partition(spark, layout, Table.RUNS, conf.sweep(), bad -> {
            throw new IllegalStateException("unreadable runs file during the phase aggregation: " + bad);
        });
        if (runs == null) {
            return 0;
        }
        String inputs = PhaseInputs.fingerprint(layout, conf.sweep(), conf.gitCommit(), conf.specHash(), new PhaseColumns(kernel));
        PhaseInputs.forget(layout, conf.sweep());
        Dataset<Row> phase = aggregate(withParameterDefaults(runs, kernel), kernel, conf);
        Path staging = layout.stagingDir().resolve("phase-" + UUID.randomUUID());
        try {
            phase.write().parquet(staging.toString()); // a Hadoop path's toString is its full URI
            Path target = layout.partitionDir(Table.PHASE, conf.sweep()).resolve(PHASE_FILE);
            Publish.file(singlePart(staging), target);
            PhaseInputs.record(layout, conf.sweep(), inputs);
            return ParquetFiles.rowCount(target);
        } finally {
            FileTrees.delete(staging);
        }
    }

    /**
     * Rows written before a neutral parameter existed lack its column (or read it as null under
     * mergeSchema); they ran at its default, so they get the default and join the same grid point
     * as new rows at that default, instead of failing the query or splitting the point.
     */
    static Dataset<Row> withParameterDefaults(Dataset<Row> runs, Kernel kernel) {
        Set<String> present = Set.of(runs.columns());
        Dataset<Row> result = runs;
        for (ParamDef p : kernel.schema().params()) {
            List<String> names = p.type() == ParamType.DOUBLE_PAIR ? List.of(p.name() + "0", p.name() + "1")
                    : List.of(p.name());
            for (int i = 0; i < names.size(); i++) {
                Column def = lit(defaultPart(p, i));
                String name = names.get(i);
                result = result.withColumn(name, present.contains(name) ? coalesce(col(name), def) : def);
            }
        }
        return result;
    }

    private static Object defaultPart(ParamDef p, int part) {
        Object d = p.defaultValue();
        if (d instanceof DoublePair) {
            return part == 0 ? ((DoublePair) d).first() : ((DoublePair) d).second();
        }
        return d;
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
        List<String> metrics = columns.metrics().stream().map(MetricSpec::name).toList();
        for (String m : metrics) {
            Column v = when(ok.and(col(m).isNotNull()).and(isnan(col(m)).unary_$bang()), col(m));
            aggs.add(array_sort(collect_list(v)).alias(valuesOf(m)));
        }
        if (columns.localisedCount().isPresent()) {
            Column n = col(columns.localisedCount().get().name());
            Column localised = when(n.gt(0).and(isnan(n).unary_$bang()), 1.0).otherwise(0.0);
            // a sum of zeros and ones is exact in any order, so Spark's avg is already deterministic here
            aggs.add(avg(when(ok, localised)).alias(PhaseColumns.FRAC_LOCALISED));
        } else {
            aggs.add(lit(null).cast("double").alias(PhaseColumns.FRAC_LOCALISED));
        }
        aggs.add(lit(conf.gitCommit()).alias("git_commit"));
        aggs.add(lit(conf.specHash()).alias("spec_hash"));
        Dataset<Row> grouped = runs.groupBy(keys.toArray(new Column[0]))
                .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]));
        Dataset<Row> withMeans = grouped;
        for (String m : metrics) {
            withMeans = withMeans.withColumn(PhaseColumns.mean(m), mean(valuesOf(m)));
        }
        return withMeans.select(output(grouped, metrics).toArray(new Column[0]))
                .coalesce(1)
                .sortWithinPartitions(keys.toArray(new Column[0]));
    }

    /** The output columns: the grouped ones, each metric's sorted values replaced by m_mean and m_se. */
    private static List<Column> output(Dataset<Row> grouped, List<String> metrics) {
        List<Column> out = new ArrayList<>();
        for (String c : grouped.columns()) {
            String metric = metrics.stream().filter(m -> valuesOf(m).equals(c)).findFirst().orElse(null);
            if (metric == null) {
                out.add(col(c));
            } else {
                out.add(col(PhaseColumns.mean(metric)));
                out.add(standardError(c, PhaseColumns.mean(metric)).alias(PhaseColumns.se(metric)));
            }
        }
        return out;
    }

    private static String valuesOf(String metric) {
        return "__values_" + metric;
    }

    /** sum / n of the sorted values, added left to right; null when there are none. */
    private static Column mean(String values) {
        String a = "`" + values + "`";
        return expr("CASE WHEN size(" + a + ") > 0 THEN aggregate(" + a + ", 0D, (s, x) -> s + x) / size(" + a
                + ") END");
    }

    /** Sample sd / sqrt(n) of the sorted values about their mean, added left to right; null for n &lt; 2. */
    private static Column standardError(String values, String meanColumn) {
        String a = "`" + values + "`";
        String n = "size(" + a + ")";
        String m = "`" + meanColumn + "`";
        return expr("CASE WHEN " + n + " > 1 THEN sqrt(aggregate(" + a + ", 0D, (s, x) -> s + (x - " + m
                + ") * (x - " + m + ")) / (" + n + " - 1)) / sqrt(" + n + ") END");
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
