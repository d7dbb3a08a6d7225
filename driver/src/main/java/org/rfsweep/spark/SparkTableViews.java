package org.rfsweep.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.rfsweep.table.BadFile;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.PartitionScan;
import org.rfsweep.table.Table;

/**
 * Spark's one way into the tables: registers every table under an output root as a temporary view
 * named after it ({@code runs}, {@code trajectories}, {@code receptive_fields}, {@code phase}),
 * with the {@code sweep} column discovered from the partition directories, and reads one sweep's
 * partition for the figures and the phase table. Schemas of different kernels are merged. Files
 * that do not read ({@link PartitionScan}) are left out and handed to the caller, which says so:
 * one truncated or foreign file no longer fails every query.
 */
public final class SparkTableViews {
    private SparkTableViews() {
    }

    /** Registers the views; returns the names of the tables found. Unreadable files are skipped silently. */
    public static List<String> register(SparkSession spark, OutputLayout layout) {
        return register(spark, layout, bad -> { });
    }

    /** Registers the views, handing each unreadable file to {@code skipped}; returns the tables found. */
    public static List<String> register(SparkSession spark, OutputLayout layout, Consumer<BadFile> skipped) {
        List<String> found = new ArrayList<>();
        for (Table t : Table.values()) {
            List<PartitionScan> scans = new ArrayList<>();
            for (String sweep : layout.sweeps(t)) {
                scans.add(scan(layout, t, sweep));
            }
            Dataset<Row> df = read(spark, layout.tableDir(t), scans, skipped);
            if (df != null) {
                df.createOrReplaceTempView(t.dirName());
                found.add(t.dirName());
            }
        }
        return found;
    }

    /** One sweep's partition of {@code table} (no sweep column), or null if it has no readable file. */
    public static Dataset<Row> partition(SparkSession spark, OutputLayout layout, Table table, String sweep,
                                         Consumer<BadFile> skipped) {
        return read(spark, layout.partitionDir(table, sweep), List.of(scan(layout, table, sweep)), skipped);
    }

    private static PartitionScan scan(OutputLayout layout, Table t, String sweep) {
        return PartitionScan.of(layout, t, sweep);
    }

    /**
     * Reads exactly the committed, readable files of {@code scans}, by name, with {@code base} as
     * the partition-discovery root: never the whole directory, which may hold files of attempts
     * that did not commit (the commit protocol writes them in place, see ChunkFiles).
     */
    private static Dataset<Row> read(SparkSession spark, Path base, List<PartitionScan> scans,
                                     Consumer<BadFile> skipped) {
        List<String> files = new ArrayList<>();
        for (PartitionScan s : scans) {
            s.bad().forEach(skipped);
            s.readable().forEach(p -> files.add(SparkPaths.literal(p)));
        }
        if (files.isEmpty()) {
            return null;
        }
        return spark.read().option("mergeSchema", "true").option("basePath", base.toString())
                .parquet(files.toArray(new String[0]));
    }
}
