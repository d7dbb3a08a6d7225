package org.rfsweep.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one line that ends a failed command: the root cause and what to do about it, instead of the
 * wrapper that reached the command ({@code ExecutionException: Exception thrown by job}, Spark's
 * {@code SparkException: Job aborted due to stage failure}).
 *
 * <p>The cause chain is walked from the top; the common causes are recognised by class where the
 * JDK has one, and by the operating system's message otherwise (Hadoop and Parquet wrap them in
 * plain {@code IOException}s, and an executor's exception reaches the driver as text inside
 * Spark's message). The first known cause, deepest first, wins; an unknown failure is its root
 * cause's class and first message line.
 */
final class FailureCause {
    /** A cause the user can act on: how to recognise it and the line that says what to do. */
    private enum Known {
        NO_SPACE("No space left on device", null,
                "no space left on device%s: free some space or choose another --out, then run the same command again "
                        + "(committed results are kept)"),
        READ_ONLY("Read-only file system", ReadOnlyFileSystemException.class,
                "read-only file system%s: choose an --out on a writable filesystem"),
        PERMISSION("Permission denied", AccessDeniedException.class,
                "permission denied%s: make it writable for this user or choose another --out"),
        NOT_A_DIRECTORY("Not a directory", NotDirectoryException.class,
                "not a directory%s: a file stands where a directory is needed; move it away or choose another --out"),
        OUT_OF_MEMORY("Java heap space", OutOfMemoryError.class,
                "out of memory%s: give the JVM more heap (RFSWEEP_JAVA_OPTS=-Xmx8g ./rfsweep ..., or "
                        + "spark.driver.memory and spark.executor.memory under spark-submit)");

        private final String message;
        private final Class<? extends Throwable> type;
        private final String line;

        Known(String message, Class<? extends Throwable> type, String line) {
            this.message = message;
            this.type = type;
            this.line = line;
        }

        boolean matches(Throwable t) {
            return (type != null && type.isInstance(t)) || String.valueOf(t.getMessage()).contains(message)
                    || (t instanceof FileSystemException f && message.equals(f.getReason()));
        }
    }

    /** An absolute path followed by the OS reason in parentheses, as FileNotFoundException puts it. */
    private static final Pattern PATH_THEN_REASON = Pattern.compile("(/[^\\s()]+) \\(");

    private FailureCause() {
    }

    /** The line for {@code failure}: a known cause with what to do, or the root cause as it is. */
    static String describe(Throwable failure) {
        List<Throwable> chain = chain(failure);
        for (int i = chain.size() - 1; i >= 0; i--) {
            for (Known k : Known.values()) {
                if (k.matches(chain.get(i))) {
                    return String.format(Locale.ROOT, k.line, where(chain.get(i)));
                }
            }
        }
        Throwable root = chain.get(chain.size() - 1);
        String message = root.getMessage() == null ? "" : root.getMessage().strip().lines().findFirst().orElse("");
        return root.getClass().getName() + (message.isEmpty() ? "" : ": " + message);
    }

    /** {@code failure} and its causes, outermost first; a cycle ends the chain. */
    static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** " (path)" when the exception names the file it failed on, else "". */
    private static String where(Throwable t) {
        if (t instanceof FileSystemException f && f.getFile() != null) {
            return " (" + f.getFile() + ")";
        }
        Matcher m = PATH_THEN_REASON.matcher(String.valueOf(t.getMessage()));
        return m.lookingAt() ? " (" + m.group(1) + ")" : "";
    }
}
