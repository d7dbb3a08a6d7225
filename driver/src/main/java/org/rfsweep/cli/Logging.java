package org.rfsweep.cli;

import org.apache.logging.log4j.core.config.Configurator;

/**
 * Console logging. By default {@code log4j2.properties} shows only errors from libraries (Spark,
 * Hadoop, Parquet, Jetty...) and info from rfsweep itself, so a run's console holds rfsweep's own
 * output, and no log line carries a stack trace; {@code --verbose} brings the libraries' info
 * messages and the stack traces back.
 */
public final class Logging {
    /** The system property that {@code log4j2.properties} reads for the root level. */
    public static final String LEVEL_PROPERTY = "rfsweep.log.level";
    /** The system property that {@code log4j2.properties} reads for how much of a throwable to print. */
    public static final String THROWABLE_PROPERTY = "rfsweep.log.throwable";

    private static volatile boolean verbose;

    private Logging() {
    }

    /** Lowers the root log level to INFO: Spark's own messages appear on stderr again. */
    public static void verbose() {
        verbose = true;
        System.setProperty(LEVEL_PROPERTY, "info");
        System.setProperty(THROWABLE_PROPERTY, "full");
        // Re-reading the configuration (rather than Configurator.setRootLevel) keeps log4j's Level
        // class, whose bnd annotations javac cannot resolve, out of the compile and its warnings.
        Configurator.reconfigure();
    }

    /** Back to the default: libraries log errors only. */
    public static void quiet() {
        verbose = false;
        System.clearProperty(LEVEL_PROPERTY);
        System.clearProperty(THROWABLE_PROPERTY);
        Configurator.reconfigure();
    }

    /** Whether {@link #verbose()} was called: commands may then print more detail, e.g. stack traces. */
    public static boolean isVerbose() {
        return verbose;
    }
}
