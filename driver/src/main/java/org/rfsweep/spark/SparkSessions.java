package org.rfsweep.spark;

import java.io.File;
import java.util.UUID;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the driver's SparkSession. Local masters get the embedded-engine settings (no UI, no
 * Hive, loopback driver, few shuffle partitions, since the phase aggregation is tiny); on a
 * cluster the settings spark-submit passes win for anything not fixed here.
 *
 * <p>Every session is also hardened for {@code rfsweep sql}: no SQL on files ({@code
 * parquet.`path`}), no SQL scripts, and a warehouse directory of its own under the temp
 * directory (deleted at exit when empty), so that no statement can leave {@code spark-warehouse/}
 * in the working directory.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    /** A session on {@code master}, e.g. {@code local[*]} or {@code spark://host:7077}. */
    public static SparkSession create(String master) {
        SparkSession.Builder b = SparkSession.builder()
                .appName("rfsweep")
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.catalogImplementation", "in-memory")
                .config("spark.sql.shuffle.partitions", "4")
                // timestamps come back as java.time.Instant, printed in ISO-8601 UTC
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.session.timeZone", "UTC")
                // sweep names such as "2024" must stay strings, not become integers
                .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
                .config("spark.sql.runSQLOnFiles", "false")
                .config("spark.sql.scripting.enabled", "false")
                .config("spark.sql.warehouse.dir", warehouseDir().getAbsolutePath());
        if (master.startsWith("local")) {
            b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        return b.getOrCreate();
    }

    /** A fresh path under the temp directory; Spark creates it only if the catalog needs it. */
    private static File warehouseDir() {
        File dir = new File(System.getProperty("java.io.tmpdir"), "rfsweep-warehouse-" + UUID.randomUUID());
        dir.deleteOnExit();
        return dir;
    }
}
