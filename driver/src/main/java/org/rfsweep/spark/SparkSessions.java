package org.rfsweep.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the driver's SparkSession. Local masters get the embedded-engine settings (no UI, no
 * Hive, loopback driver, few shuffle partitions, since the phase aggregation is tiny); on a
 * cluster the settings spark-submit passes win for anything not fixed here.
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
                .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false");
        if (master.startsWith("local")) {
            b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        return b.getOrCreate();
    }
}
