package org.rfsweep.spark;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code rfsweep sql} accepts, decided from the parse tree alone (no session is started). */
class SparkReadOnlyQueryTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * FROM runs",
        "SELECT 1;",
        "select sweep, count(*) n from runs group by sweep having count(*) > 1 order by n desc limit 5 offset 1",
        "WITH a AS (SELECT * FROM runs), b AS (SELECT * FROM a) SELECT * FROM b JOIN phase USING (sweep)",
        "SELECT * FROM runs WHERE trial_id IN (SELECT trial_id FROM receptive_fields WHERE localised)",
        "SELECT (SELECT max(ipr_mean) FROM runs) AS m, EXISTS (SELECT 1 FROM phase) AS e",
        "SELECT r.gain, t.step FROM runs r LEFT JOIN trajectories t ON r.trial_id = t.trial_id",
        "SELECT * FROM runs r, LATERAL (SELECT r.gain * 2 AS g2)",
        "SELECT gain FROM runs UNION ALL SELECT gain FROM phase EXCEPT SELECT 3 INTERSECT SELECT 4",
        "SELECT DISTINCT inputs FROM runs",
        "SELECT x FROM (SELECT 1 AS x) t(y)",
        "SELECT * FROM VALUES (1, 2), (3, 4) AS t(a, b)",
        "VALUES (1, 'a')",
        "SELECT * FROM range(3)",
        "SELECT explode(array(1, 2)), transform(array(1), x -> x + 1)",
        "SELECT * FROM trajectories LATERAL VIEW posexplode(ipr_per_neuron) p AS k, v",
        "SELECT * FROM runs TABLESAMPLE (10 PERCENT)",
        "SELECT /*+ BROADCAST(p) */ * FROM runs r JOIN phase p USING (sweep)",
        "SELECT inputs, count(*) FROM runs GROUP BY ROLLUP(inputs)",
        "SELECT * FROM (SELECT inputs, gain FROM runs) PIVOT (count(*) FOR inputs IN ('gp', 'nlgp'))",
        "SELECT * FROM phase UNPIVOT (v FOR k IN (ipr_mean_mean, ipr_max_mean))",
        "SELECT avg(gain) OVER w FROM runs WINDOW w AS (PARTITION BY inputs ORDER BY seed)",
        "SELECT * FROM runs DISTRIBUTE BY inputs SORT BY gain",
        "FROM runs |> WHERE gain > 1 |> SELECT gain",
        "EXPLAIN SELECT * FROM runs",
        "EXPLAIN EXTENDED WITH a AS (SELECT 1) SELECT * FROM a",
        "DESCRIBE runs",
        "DESCRIBE TABLE EXTENDED phase",
        "DESCRIBE QUERY SELECT gain FROM runs",
    })
    void queriesAreAccepted(String sql) {
        assertDoesNotThrow(() -> SparkReadOnlyQuery.check(sql));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "INSERT OVERWRITE DIRECTORY '/tmp/x/runs' USING parquet SELECT 1 AS x",
        "INSERT INTO runs SELECT * FROM runs",
        "INSERT OVERWRITE TABLE runs SELECT * FROM runs",
        "CREATE TABLE t AS SELECT * FROM runs",
        "CREATE TABLE t (x INT) USING parquet LOCATION '/tmp/x'",
        "CREATE OR REPLACE TEMPORARY VIEW v AS SELECT 1",
        "CREATE TEMPORARY FUNCTION f AS 'java.lang.String'",
        "CREATE DATABASE d",
        "DROP TABLE runs",
        "DROP VIEW runs",
        "CACHE TABLE runs",
        "CACHE LAZY TABLE c AS SELECT * FROM runs",
        "UNCACHE TABLE runs",
        "CLEAR CACHE",
        "ADD JAR /tmp/x.jar",
        "ADD FILE /etc/passwd",
        "ADD ARCHIVE /tmp/x.zip",
        "SET spark.sql.runSQLOnFiles=true",
        "SET",
        "RESET",
        "RESET spark.sql.shuffle.partitions",
        "SET TIME ZONE 'UTC'",
        "LOAD DATA LOCAL INPATH '/etc/passwd' INTO TABLE runs",
        "MSCK REPAIR TABLE runs",
        "ALTER TABLE runs RENAME TO r",
        "ALTER VIEW runs AS SELECT 1",
        "TRUNCATE TABLE runs",
        "REFRESH TABLE runs",
        "REFRESH '/tmp'",
        "USE other",
        "ANALYZE TABLE runs COMPUTE STATISTICS",
        "DELETE FROM runs WHERE true",
        "UPDATE runs SET gain = 0",
        "MERGE INTO runs USING phase ON true WHEN MATCHED THEN DELETE",
        "SHOW TABLES",
        "DESCRIBE FUNCTION reflect",
        "DESCRIBE spark_catalog.default.runs",
        "SELECT TRANSFORM(gain) USING 'cat' AS (g) FROM runs",
        "SELECT * FROM IDENTIFIER('runs')",
        "BEGIN SELECT 1; END",
        "EXPLAIN INSERT OVERWRITE DIRECTORY '/tmp/x' USING parquet SELECT 1",
        "DESCRIBE QUERY SELECT reflect('java.lang.System', 'exit', 1)",
        "WITH a AS (SELECT * FROM text.`/etc/passwd`) SELECT * FROM a",
    })
    void statementsThatAreNotQueriesAreRefused(String sql) {
        SparkReadOnlyQuery.RefusedException e = assertThrows(SparkReadOnlyQuery.RefusedException.class,
                () -> SparkReadOnlyQuery.check(sql));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * FROM text.`/etc/passwd`",
        "SELECT * FROM parquet.`/tmp/out/runs`",
        "SELECT * FROM csv.`/etc/passwd` JOIN runs",
        "SELECT * FROM runs WHERE gain IN (SELECT value FROM text.`/etc/passwd`)",
        "SELECT * FROM spark_catalog.default.runs",
    })
    void filesAndCatalogTablesAreRefused(String sql) {
        SparkReadOnlyQuery.RefusedException e = assertThrows(SparkReadOnlyQuery.RefusedException.class,
                () -> SparkReadOnlyQuery.check(sql));
        assertTrue(e.getMessage().startsWith("sql reads only the views runs, trajectories, receptive_fields and phase"),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT reflect('java.lang.System', 'exit', 1)",
        "SELECT JAVA_METHOD('java.lang.Runtime', 'getRuntime')",
        "SELECT try_reflect('java.lang.System', 'exit', 1)",
        "SELECT system.builtin.reflect('java.lang.System', 'exit', 1)",
        "SELECT * FROM runs WHERE gain > (SELECT max(length(reflect('a', 'b'))))",
        "SELECT * FROM VALUES (reflect('java.lang.System', 'exit', 1))",
        "SELECT transform(array(1), x -> java_method('java.lang.Math', 'abs', x))",
    })
    void reflectionIsRefused(String sql) {
        SparkReadOnlyQuery.RefusedException e = assertThrows(SparkReadOnlyQuery.RefusedException.class,
                () -> SparkReadOnlyQuery.check(sql));
        assertTrue(e.getMessage().contains("(it runs arbitrary Java methods)"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT 1; DROP TABLE runs", "SELECT 1; SELECT 2", "SELECT 1;; INSERT INTO runs SELECT 1"})
    void severalStatementsAreRefused(String sql) {
        SparkReadOnlyQuery.RefusedException e = assertThrows(SparkReadOnlyQuery.RefusedException.class,
                () -> SparkReadOnlyQuery.check(sql));
        assertTrue(e.getMessage().endsWith("(sql runs one query; no ';'-separated statements)"), e.getMessage());
    }
}
