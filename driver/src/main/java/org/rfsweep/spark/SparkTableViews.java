package org.rfsweep.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.Table;

/**
 * Registers every table under an output root as a temporary view named after it ({@code runs},
 * {@code trajectories}, {@code receptive_fields}, {@code phase}), with the {@code sweep} column
 * discovered from the partition directories. Schemas of different kernels are merged.
 */
public final class SparkTableViews {
    private SparkTableViews() {
    }

    /** Registers the views; returns the names of the tables found. */
    public static List<String> register(SparkSession spark, OutputLayout layout) {
        List<String> found = new ArrayList<>();
        for (Table t : Table.values()) {
            boolean hasFiles = layout.sweeps(t).stream().anyMatch(s -> hasParquet(layout, t, s));
            if (hasFiles) {
                spark.read().option("mergeSchema", "true").parquet(SparkPaths.literal(layout.tableDir(t)))
                        .createOrReplaceTempView(t.dirName());
                found.add(t.dirName());
            }
        }
        return found;
    }

    private static boolean hasParquet(OutputLayout layout, Table t, String sweep) {
        if (t == Table.PHASE) {
            return java.nio.file.Files.exists(layout.partitionDir(t, sweep).resolve(SparkPhaseTable.PHASE_FILE));
        }
        return !layout.partFiles(t, sweep).isEmpty();
    }
}
