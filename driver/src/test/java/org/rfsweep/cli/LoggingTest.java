package org.rfsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void stackTracesAreLoggedOnlyWhenVerbose() {
        assertEquals("", logged(new IllegalStateException("boom")).lines().filter(l -> l.contains("\tat ")).findFirst()
                .orElse(""));
        Logging.verbose();
        assertTrue(logged(new IllegalStateException("boom")).contains("\tat "), "verbose shows the stack trace");
    }

    /** What the console appender's layout makes of an error logged with a throwable. */
    private static String logged(Throwable t) {
        org.apache.logging.log4j.core.LoggerContext context =
                (org.apache.logging.log4j.core.LoggerContext) LogManager.getContext(false);
        org.apache.logging.log4j.core.Layout<?> layout = context.getConfiguration().getAppender("stderr").getLayout();
        org.apache.logging.log4j.core.LogEvent event = org.apache.logging.log4j.core.impl.Log4jLogEvent.newBuilder()
                .setLoggerName("org.apache.spark.executor.Executor").setLevel(org.apache.logging.log4j.Level.ERROR)
                .setMessage(new org.apache.logging.log4j.message.SimpleMessage("Exception in task 0.0")).setThrown(t).build();
        return new String(layout.toByteArray(event), java.nio.charset.StandardCharsets.UTF_8);
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
