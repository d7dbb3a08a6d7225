package org.rfsweep.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shipped log4j2.properties silences libraries; {@link Logging#verbose()} brings them back. */
class LoggingTest {
    private static final Logger SPARK = LogManager.getLogger("org.apache.spark.SparkContext");
    private static final Logger HADOOP = LogManager.getLogger("org.apache.hadoop.util.NativeCodeLoader");
    private static final Logger RFSWEEP = LogManager.getLogger("org.rfsweep.plan.Planner");

    @AfterEach
    void quiet() {
        Logging.quiet();
    }

    @Test
    void librariesLogOnlyErrorsByDefault() {
        assertFalse(SPARK.isWarnEnabled());
        assertFalse(HADOOP.isWarnEnabled());
        assertTrue(SPARK.isErrorEnabled());
        assertTrue(RFSWEEP.isInfoEnabled());
        assertFalse(RFSWEEP.isDebugEnabled());
    }

    @Test
    void verboseShowsLibraryInfoAndQuietRestoresTheDefault() {
        Logging.verbose();
        assertTrue(SPARK.isInfoEnabled());
        assertTrue(HADOOP.isWarnEnabled());
        assertFalse(SPARK.isDebugEnabled());
        Logging.quiet();
        assertFalse(SPARK.isWarnEnabled());
        assertTrue(RFSWEEP.isInfoEnabled());
    }
}
