package org.rfsweep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.ParquetFiles;
import org.rfsweep.table.Table;
import org.rfsweep.testkit.SweepFixture;
import org.rfsweep.testkit.TestSweep;

/**
 * The tables read back identically by Spark, by DuckDB (an independent C++ Parquet reader, with
 * Hive partition discovery) and by parquet-hadoop directly. Doubles are compared bit for bit.
 */
class SparkParquetReadBackTest {
    private static SparkSession spark;
    private static SweepFixture fx;

    @TempDir
    static Path out;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkSessions.create("local[2]");
        fx = new SweepFixture(spark);
        LinkedHashMap<String, List<?>> axes = new LinkedHashMap<>();
        axes.put("mode", List.of("ok", "throw", "diverge"));
        axes.put("x", List.of(-0.5, 12.0));
        axes.put("seed", List.of(0L, 1L));
        fx.run(out, TestSweep.grid("back-2024", Map.of("xi", List.of(0.5, 4.0), "flag", true), axes));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** trial_id to a canonical text of the compared columns; doubles as raw bits, nulls as "null". */
    private static Map<String, String> sparkRuns() {
        Map<String, String> rows = new TreeMap<>();
        for (Row r : fx.sql(out, "SELECT trial_id, sweep, status, x, xi0, xi1, flag, seed, loss, undefined, "
                + "error, diverged_step, started FROM runs")) {
            rows.put(r.getString(0), String.join("|", r.getString(1), r.getString(2), bits(r.get(3)), bits(r.get(4)),
                    bits(r.get(5)), String.valueOf(r.get(6)), String.valueOf(r.get(7)), bits(r.get(8)), bits(r.get(9)),
                    String.valueOf(r.get(10)), String.valueOf(r.get(11)),
                    String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, (Instant) r.get(12)))));
        }
        return rows;
    }

    private static String bits(Object v) {
        return v == null ? "null" : Long.toHexString(Double.doubleToRawLongBits((Double) v));
    }

    @Test
    void duckDbReadsTheSameRunsRowsAsSpark() throws Exception {
        Map<String, String> duck = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT trial_id, sweep, status, x, xi0, xi1, flag, seed, loss, undefined, "
                     + "error, diverged_step, epoch_us(started) FROM read_parquet('" + out.resolve("runs")
                     + "/*/*.parquet', hive_partitioning = true, hive_types_autocast = false)")) {
            while (rs.next()) {
                duck.put(rs.getString(1), String.join("|", rs.getString(2), rs.getString(3), bits(rs.getObject(4)),
                        bits(rs.getObject(5)), bits(rs.getObject(6)), String.valueOf(rs.getObject(7)),
                        String.valueOf(rs.getObject(8)), bits(rs.getObject(9)), bits(rs.getObject(10)),
                        String.valueOf(rs.getObject(11)), String.valueOf(rs.getObject(12)),
                        String.valueOf(rs.getObject(13))));
            }
        }
        Map<String, String> viaSpark = sparkRuns();
        assertEquals(12, viaSpark.size());
        assertEquals(viaSpark, duck);
        assertTrue(viaSpark.values().stream().anyMatch(v -> v.contains("|failed|")));
    }

    /**
     * README's DuckDB recipe: a glob also reads the file of an attempt that never committed; the
     * manifest that {@code run} publishes names exactly the committed files.
     */
    @Test
    void duckDbReadsExactlyTheCommittedFilesThroughTheManifest(@TempDir Path copy) throws Exception {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(out.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        OutputLayout layout = new OutputLayout(copy);
        Path committed = layout.partFiles(Table.RUNS, "back-2024").get(0);
        Path orphan = layout.attemptFile(Table.RUNS, "back-2024", OutputLayout.chunkIdOf(committed), "00000000deadbeef");
        Files.copy(committed, orphan); // what a task killed before its commit record leaves
        long orphanRows = ParquetFiles.rowCount(orphan);
        String root = copy.toString().replace("'", "''");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement()) {
            s.execute("SET VARIABLE runs_files = (SELECT list('" + root + "/' || f) FROM read_csv('" + root
                    + "/_manifest/runs.txt', header = false, columns = {'f': 'VARCHAR'}))");
            assertEquals(12, count(s, "SELECT count(*) FROM read_parquet(getvariable('runs_files'), "
                    + "hive_partitioning = true)"));
            assertEquals(12, count(s, "SELECT count(DISTINCT trial_id) FROM read_parquet(getvariable('runs_files'), "
                    + "hive_partitioning = true) WHERE sweep = 'back-2024'"));
            assertEquals(12 + orphanRows, count(s, "SELECT count(*) FROM read_parquet('" + root
                    + "/runs/*/*.parquet', hive_partitioning = true)"), "a glob reads the orphan too");
        }
    }

    private static long count(Statement s, String query) throws Exception {
        try (ResultSet rs = s.executeQuery(query)) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    @Test
    void duckDbReadsTheSameTrajectoryArraysAsSpark() throws Exception {
        List<String> viaSpark = new ArrayList<>();
        for (Row r : fx.sql(out, "SELECT trial_id, step, test_loss, ipr_per_neuron FROM trajectories "
                + "ORDER BY trial_id, step")) {
            viaSpark.add(r.getString(0) + "|" + r.getLong(1) + "|" + bits(r.get(2)) + "|" + r.getList(3));
        }
        List<String> duck = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT trial_id, step, test_loss, ipr_per_neuron FROM read_parquet('"
                     + out.resolve("trajectories") + "/*/*.parquet') ORDER BY trial_id, step")) {
            while (rs.next()) {
                Object[] arr = (Object[]) rs.getArray(4).getArray();
                duck.add(rs.getString(1) + "|" + rs.getLong(2) + "|" + bits(rs.getObject(3)) + "|"
                        + java.util.Arrays.asList(arr));
            }
        }
        assertEquals(4 * 4, viaSpark.size(), "4 ok trials x 4 snapshots");
        assertEquals(viaSpark, duck);
    }

    @Test
    void parquetHadoopReadsTheSameRunsRowsAsSpark() throws Exception {
        OutputLayout layout = new OutputLayout(out);
        Map<String, String> direct = new TreeMap<>();
        for (Path file : layout.partFiles(Table.RUNS, "back-2024")) {
            for (Group g : ParquetFiles.read(file, null)) {
                direct.put(g.getString("trial_id", 0), g.getString("status", 0) + "|"
                        + bits(g.getDouble("x", 0)) + "|"
                        + (g.getFieldRepetitionCount("loss") == 0 ? "null" : bits(g.getDouble("loss", 0))));
            }
        }
        Map<String, String> viaSpark = new TreeMap<>();
        for (Row r : fx.sql(out, "SELECT trial_id, status, x, loss FROM runs")) {
            viaSpark.put(r.getString(0), r.getString(1) + "|" + bits(r.get(2)) + "|" + bits(r.get(3)));
        }
        assertEquals(viaSpark, direct);
    }

    @Test
    void theSweepColumnComesFromThePathAsAString() {
        List<Row> rows = fx.sql(out, "SELECT DISTINCT sweep FROM runs");
        assertEquals(1, rows.size());
        assertEquals("back-2024", rows.get(0).getString(0));
        assertEquals(6, fx.count(out, "SELECT count(*) FROM phase WHERE sweep = 'back-2024'"), "3 modes x 2 x");
    }
}
