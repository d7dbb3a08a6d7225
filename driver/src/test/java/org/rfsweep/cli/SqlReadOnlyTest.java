package org.rfsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code rfsweep sql} is read-only (issue 15, item 1): every statement that is not a query is
 * refused with exit 2 and one line, before Spark starts, and the output stays byte-identical; no
 * statement leaves {@code spark-warehouse/} in the working directory; queries still run.
 */
class SqlReadOnlyTest {
    /** A master Spark could never start on: a refusal that reaches Spark would fail differently. */
    private static final String NO_SPARK = "spark://127.0.0.1:1";

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void runASweep() throws IOException {
        out = dir.resolve("results");
        Path spec = Files.writeString(dir.resolve("sql.yaml"), String.join("\n",
                "name: sql-test", "kernel: test-kernel", "fixed: {width: 2}", "grid:", "  x: [0.5, 2]",
                "  seed: {range: [0, 2]}", ""));
        CliRun run = CliRun.of("run", spec.toString(), "--out", out.toString(), "--master", "local[1]");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void theIssuesOverwriteOfRunsIsRefusedAndRunsStaysByteIdentical() throws IOException {
        Map<String, String> before = digest(out);
        CliRun run = CliRun.of("sql", "--out", out.toString(), "--master", "local[1]",
                "INSERT OVERWRITE DIRECTORY '" + out.resolve("runs") + "' USING parquet SELECT 1 AS x");
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
        assertEquals("rfsweep sql: invalid query: sql is read-only: InsertIntoDir is not part of a query (only SELECT, "
                + "WITH, VALUES, EXPLAIN and DESCRIBE run; nothing that writes, caches or changes settings)\n", run.err());
        assertEquals(before, digest(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TABLE t USING parquet AS SELECT * FROM runs",
        "CREATE TEMPORARY VIEW v AS SELECT 1",
        "DROP TABLE runs",
        "DROP VIEW runs",
        "INSERT INTO runs SELECT * FROM runs",
        "INSERT OVERWRITE DIRECTORY '/tmp/rfsweep-sql-test' USING parquet SELECT 1 AS x",
        "CACHE TABLE runs",
        "UNCACHE TABLE runs",
        "ADD JAR /tmp/rfsweep-nothing.jar",
        "ADD FILE /etc/passwd",
        "SET spark.sql.runSQLOnFiles=true",
        "RESET",
        "LOAD DATA LOCAL INPATH '/etc/passwd' INTO TABLE runs",
        "MSCK REPAIR TABLE runs",
        "ALTER TABLE runs RENAME TO r",
        "TRUNCATE TABLE runs",
        "REFRESH TABLE runs",
        "SELECT * FROM text.`/etc/passwd`",
        "SELECT * FROM parquet.`/tmp`",
        "SELECT reflect('java.lang.System', 'exit', 1)",
        "SELECT java_method('java.lang.System', 'exit', 1)",
        "SELECT 1; DROP TABLE runs",
        "SELECT TRANSFORM(x) USING 'touch /tmp/rfsweep-pwned' FROM runs",
    })
    void hostileStatementsAreRefusedBeforeSparkAndChangeNothing(String statement) throws IOException {
        Map<String, String> before = digest(out);
        CliRun run = CliRun.of("sql", "--out", out.toString(), "--master", NO_SPARK, statement);
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("rfsweep sql: invalid query: "), run.err());
        assertEquals("", run.out());
        assertEquals(before, digest(out));
        assertNoWarehouseHere();
    }

    @Test
    void queriesOverTheViewsStillRun() {
        CliRun run = CliRun.of("sql", "--out", out.toString(), "--master", "local[1]", "--csv",
                "WITH t AS (SELECT trial_id, x FROM runs WHERE trial_id IN (SELECT trial_id FROM receptive_fields)) "
                        + "SELECT t.x, count(*) AS n, max(p.n_seeds) AS s FROM t JOIN phase p ON t.x = p.x "
                        + "GROUP BY t.x ORDER BY t.x");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("x,n,s", "0.5,2,2", "2.0,2,2"), run.out().lines().toList());
        assertNoWarehouseHere();
    }

    @Test
    void describeAndExplainRun() {
        CliRun describe = CliRun.of("sql", "--out", out.toString(), "--master", "local[1]", "--csv", "DESCRIBE runs");
        assertEquals(0, describe.exitCode(), describe.err());
        assertTrue(describe.out().lines().anyMatch(l -> l.startsWith("trial_id,string")), describe.out());
        CliRun explain = CliRun.of("sql", "--out", out.toString(), "--master", "local[1]", "EXPLAIN SELECT x FROM runs");
        assertEquals(0, explain.exitCode(), explain.err());
        assertTrue(explain.out().contains("Physical Plan"), explain.out());
    }

    @Test
    void anUnknownTableLeavesNoWarehouseHere() {
        CliRun run = CliRun.of("sql", "--out", out.toString(), "--master", "local[1]", "SELECT * FROM nosuch");
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("rfsweep sql: invalid query: "), run.err());
        assertNoWarehouseHere();
    }

    private static void assertNoWarehouseHere() {
        assertFalse(Files.exists(Path.of("spark-warehouse")), "spark-warehouse/ in the working directory "
                + Path.of("").toAbsolutePath());
    }

    /** Every file under {@code root}: relative path to SHA-256 of its bytes. */
    static Map<String, String> digest(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
