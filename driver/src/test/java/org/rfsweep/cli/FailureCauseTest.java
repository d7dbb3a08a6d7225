package org.rfsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.util.concurrent.ExecutionException;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;

/** The root cause of a failure, found through Spark's and the JDK's wrappers, as one line with what to do. */
class FailureCauseTest {
    private static final String NO_SPACE = "no space left on device%s: free some space or choose another --out, then "
            + "run the same command again (committed results are kept)";

    /** How a task's failure reaches the driver: ExecutionException, SparkException, then the executor's own. */
    private static Throwable fromAJob(Throwable taskFailure) {
        SparkException job = new SparkException("Job aborted due to stage failure: Task 0 in stage 1.0 failed 1 times, "
                + "most recent failure: Lost task 0.0 in stage 1.0 (TID 1): " + taskFailure, taskFailure);
        return new ExecutionException("Exception thrown by job", job);
    }

    @Test
    void aFullDiskInsideASparkTaskIsNamedWithWhatToDo() {
        assertEquals(String.format(NO_SPACE, ""), FailureCause.describe(fromAJob(
                new RuntimeException("write failed", new IOException("No space left on device")))));
    }

    @Test
    void theFileIsNamedWhenTheExceptionNamesIt() {
        assertEquals(String.format(NO_SPACE, " (/out/_staging/c1/runs.parquet)"), FailureCause.describe(fromAJob(
                new FileSystemException("/out/_staging/c1/runs.parquet", null, "No space left on device"))));
        assertEquals(String.format(NO_SPACE, " (/out/_staging/c1/runs.parquet)"), FailureCause.describe(fromAJob(
                new FileNotFoundException("/out/_staging/c1/runs.parquet (No space left on device)"))));
    }

    @Test
    void aCauseKnownOnlyFromSparksMessageIsStillFound() {
        // an executor's exception that could not be sent back: only its text is in Spark's message
        SparkException job = new SparkException("Job aborted due to stage failure: ... java.io.IOException: "
                + "Read-only file system\n\tat org.apache.parquet...");
        assertEquals("read-only file system: choose an --out on a writable filesystem",
                FailureCause.describe(new ExecutionException("Exception thrown by job", job)));
    }

    @Test
    void permissionNotADirectoryAndOutOfMemoryHaveTheirLine() {
        assertEquals("permission denied (/out/runs): make it writable for this user or choose another --out",
                FailureCause.describe(fromAJob(new AccessDeniedException("/out/runs"))));
        assertEquals("permission denied (/out/x): make it writable for this user or choose another --out",
                FailureCause.describe(new IOException("wrapped", new FileNotFoundException("/out/x (Permission denied)"))));
        assertEquals("not a directory (/out/runs/sweep=a): a file stands where a directory is needed; move it away "
                + "or choose another --out", FailureCause.describe(new NotDirectoryException("/out/runs/sweep=a")));
        assertEquals("out of memory: give the JVM more heap (RFSWEEP_JAVA_OPTS=-Xmx8g ./rfsweep ..., or "
                + "spark.driver.memory and spark.executor.memory under spark-submit)",
                FailureCause.describe(fromAJob(new OutOfMemoryError("Java heap space"))));
    }

    @Test
    void theDeepestKnownCauseWins() {
        IOException deep = new FileSystemException("/out/a", null, "No space left on device");
        assertEquals(String.format(NO_SPACE, " (/out/a)"),
                FailureCause.describe(new AccessDeniedException("/out/b", null, "Permission denied") {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public synchronized Throwable getCause() {
                        return deep;
                    }
                }));
    }

    @Test
    void anUnknownFailureIsItsRootCauseNotTheWrapper() {
        assertEquals("java.lang.IllegalStateException: boom",
                FailureCause.describe(fromAJob(new IllegalStateException("boom\nsecond line"))));
        assertEquals("java.lang.NullPointerException", FailureCause.describe(new ExecutionException(new NullPointerException())));
    }

    @Test
    void aCycleInTheChainEnds() {
        IOException a = new IOException("a");
        IOException b = new IOException("b", a);
        a.initCause(b);
        assertEquals(2, FailureCause.chain(a).size());
        assertEquals("java.io.IOException: b", FailureCause.describe(a));
    }
}
