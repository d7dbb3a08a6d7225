package org.rfsweep.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.Table;

/**
 * Reads the {@code runs} table of an output root (with Spark, in this JVM) and compares runs
 * tables exactly: every column except the ones that record where and when a trial ran.
 */
final class RunsTables {
    /**
     * Columns that legitimately differ between two executions of the same trial. Everything else
     * (parameters, status, every metric, provenance) must be identical; doubles are compared bit
     * for bit.
     */
    static final Set<String> WHERE_AND_WHEN = Set.of("wall_seconds", "steps_per_second", "executor", "started",
            "finished", "chunk_id");

    private RunsTables() {
    }

    /** {@code <out>/runs/sweep=<sweep>}. */
    static Path partition(Path out, String sweep) {
        return out.resolve("runs").resolve("sweep=" + sweep);
    }

    /** The number of committed chunks of the sweep (0 if none yet): its runs files named by commit records. */
    static int committedChunks(Path out, String sweep) throws IOException {
        return committedFiles(out, sweep).size();
    }

    private static List<Path> committedFiles(Path out, String sweep) {
        return new OutputLayout(out).partFiles(Table.RUNS, sweep);
    }

    /**
     * The rows of one sweep's committed runs files (those its commit records name, not every file
     * in the directory, which may hold a killed attempt's), keyed by trial_id; fails on a duplicate
     * trial_id.
     */
    static Map<String, Row> read(SparkSession spark, Path out, String sweep) {
        String[] files = committedFiles(out, sweep).stream().map(Path::toString).toArray(String[]::new);
        List<Row> rows = spark.read().parquet(files).collectAsList();
        Map<String, Row> byId = new TreeMap<>();
        for (Row r : rows) {
            Row previous = byId.put(r.getAs("trial_id"), r);
            if (previous != null) {
                fail("trial " + r.getAs("trial_id") + " has two rows in " + out);
            }
        }
        return byId;
    }

    /** Every trial exactly once, all ok, and equal to {@code expected} in every deterministic column. */
    static void assertSameResults(Map<String, Row> expected, Map<String, Row> actual, int trials) {
        assertEquals(trials, expected.size(), "trials in the reference");
        assertEquals(expected.keySet(), actual.keySet(), "the set of trials");
        List<String> columns = comparedColumns(expected.values().iterator().next());
        assertEquals(columns, comparedColumns(actual.values().iterator().next()), "columns compared");
        for (Map.Entry<String, Row> e : expected.entrySet()) {
            Row want = e.getValue();
            Row got = actual.get(e.getKey());
            assertEquals("ok", got.getAs("status"), () -> "status of " + e.getKey() + ": " + got.getAs("error"));
            for (String c : columns) {
                Object w = want.getAs(c);
                Object g = got.getAs(c);
                if (!sameValue(w, g)) {
                    fail("trial " + e.getKey() + ", column " + c + ": expected " + w + " but got " + g);
                }
            }
        }
    }

    /** The columns compared: all but {@link #WHERE_AND_WHEN}, each of which must exist (no drift). */
    private static List<String> comparedColumns(Row sample) {
        Set<String> names = new HashSet<>(List.of(sample.schema().fieldNames()));
        assertTrue(names.containsAll(WHERE_AND_WHEN), () -> "runs has no column among " + WHERE_AND_WHEN + ": " + names);
        assertTrue(names.contains("final_test_loss"), () -> "runs has no metric column: " + names);
        List<String> compared = new ArrayList<>();
        for (String n : sample.schema().fieldNames()) {
            if (!WHERE_AND_WHEN.contains(n)) {
                compared.add(n);
            }
        }
        return compared;
    }

    /** Doubles bit for bit (so NaN equals NaN and 0.0 differs from -0.0); anything else by equals. */
    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        }
        return java.util.Objects.equals(a, b);
    }
}
