package org.rfsweep.store;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;

/**
 * The Hadoop settings of a run, as Spark spells them: every {@code spark.hadoop.<key>} system
 * property (from {@code RFSWEEP_JAVA_OPTS=-Dspark.hadoop.fs.s3a.endpoint=…}, or set by
 * {@code spark-submit --conf}) is Hadoop's {@code <key>}, on top of {@code core-default.xml} and
 * any {@code core-site.xml} on the classpath ({@code HADOOP_CONF_DIR} under spark-submit). Spark
 * reads the same properties into its own Hadoop configuration, so the driver's own reads and
 * writes (plan, status, the lock) and Spark's readers see one filesystem. Executors get the
 * entries with their {@code WriteConf}, because a bare {@code new Configuration()} there would
 * lack them.
 */
public final class HadoopSettings {
    private static final String PREFIX = "spark.hadoop.";

    private HadoopSettings() {
    }

    /** The {@code spark.hadoop.*} system properties, prefix removed, sorted. */
    public static Map<String, String> fromSystemProperties() {
        Map<String, String> entries = new TreeMap<>();
        Properties props = System.getProperties();
        for (String name : props.stringPropertyNames()) {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                entries.put(name.substring(PREFIX.length()), props.getProperty(name));
            }
        }
        return entries;
    }

    /** A configuration of the defaults and site files with {@code entries} on top. */
    public static Configuration configuration(Map<String, String> entries) {
        Configuration conf = new Configuration();
        entries.forEach(conf::set);
        return conf;
    }
}
