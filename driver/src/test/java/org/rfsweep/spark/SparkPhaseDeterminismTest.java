package org.rfsweep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.Table;
import org.rfsweep.table.WriteConf;
import org.rfsweep.testkit.SweepFixture;
import org.rfsweep.testkit.TestSweep;

/**
 * The phase table does not depend on file or row order: a sweep interrupted after some chunks and
 * resumed, and the same runs read in reverse file order, give the uninterrupted run's phase table
 * bit for bit.
 */
class SparkPhaseDeterminismTest {
    private static SparkSession spark;
    private static SweepFixture fx;

    @BeforeAll
    static void start() {
        spark = SparkSessions.create("local[2]");
        fx = new SweepFixture(spark);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** 2 grid points x 24 seeds; loss = x^2 + u is ~1e6 with a random fraction, so sums round by order. */
    private static TestSweep sweep() {
        LinkedHashMap<String, List<?>> axes = new LinkedHashMap<>();
        axes.put("x", List.of(1000.25, 1733.5));
        axes.put("seed", java.util.stream.LongStream.range(0, 24).boxed().toList());
        return TestSweep.grid("det", Map.of("mode", "sleep", "sleep_ms", 60), axes);
    }

    @Test
    void theTestDataIsOrderSensitive() {
        // without this, bit-identical tables would prove nothing: plain sums of these values change with order
        TestSweep s = sweep();
        List<Double> loss = new ArrayList<>();
        for (TrialSpec t : s.trialList()) {
            if (t.params().getDouble("x") == 1733.5) {
                loss.add(s.kernel().run(t).scalar("loss"));
            }
        }
        boolean differs = false;
        for (long shuffle = 0; shuffle < 20 && !differs; shuffle++) {
            List<Double> other = new ArrayList<>(loss);
            Collections.shuffle(other, new java.util.Random(shuffle));
            differs = sum(loss) != sum(other);
        }
        assertTrue(differs, "some order of the same values sums to other bits");
    }

    @Test
    void aResumedSweepHasTheUninterruptedPhaseTableBitForBit(@TempDir Path whole, @TempDir Path resumed)
            throws Exception {
        TestSweep sweep = sweep();
        fx.run(whole, sweep);
        interruptAfterFirstChunk(resumed, sweep);
        OutputLayout layout = new OutputLayout(resumed);
        long partial = layout.partFiles(Table.RUNS, "det").size();
        fx.run(resumed, sweep);
        assertTrue(layout.partFiles(Table.RUNS, "det").size() > partial, "the resume added chunks");
        assertNotEquals(new OutputLayout(whole).partFiles(Table.RUNS, "det").stream().map(p -> p.getFileName()).toList(),
                layout.partFiles(Table.RUNS, "det").stream().map(p -> p.getFileName()).toList(),
                "the resumed sweep's rows sit in other files");
        assertEquals(bits(phase(whole)), bits(phase(resumed)));
    }

    @Test
    void filesReadInReverseOrderGiveTheSameBits(@TempDir Path out) throws Exception {
        TestSweep sweep = sweep();
        fx.run(out, sweep);
        OutputLayout layout = new OutputLayout(out);
        List<Path> files = new ArrayList<>(layout.partFiles(Table.RUNS, "det"));
        assertTrue(files.size() > 2, "several chunk files: " + files.size());
        WriteConf conf = new WriteConf(out.toString(), "det", "test-commit", sweep.specHash());
        List<String> forward = bits(SparkPhaseTable.aggregate(union(files), sweep.kernel(), conf).collectAsList());
        Collections.reverse(files);
        List<String> backward = bits(SparkPhaseTable.aggregate(union(files), sweep.kernel(), conf).collectAsList());
        assertEquals(forward, backward);
        assertEquals(forward, bits(phase(out)), "and the same as the written table");
    }

    private static Dataset<Row> union(List<Path> files) {
        Dataset<Row> all = null;
        for (Path f : files) {
            Dataset<Row> one = spark.read().parquet(f.toString());
            all = all == null ? one : all.unionByName(one);
        }
        return all.coalesce(1); // one partition: the rows arrive exactly in this file order
    }

    private void interruptAfterFirstChunk(Path out, TestSweep sweep) throws Exception {
        SweepRunner run = fx.sweep(out, false, false);
        Thread t = new Thread(() -> {
            try {
                run.run(sweep);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        OutputLayout layout = new OutputLayout(out);
        while (layout.partFiles(Table.RUNS, "det").isEmpty() && t.isAlive()) {
            Thread.sleep(10);
        }
        run.cancel();
        t.join(60_000);
        long rows = fx.count(out, "SELECT count(*) FROM runs");
        assertTrue(rows > 0 && rows < 48, "interrupted mid-run with " + rows + " trials");
    }

    private static List<Row> phase(Path out) {
        return fx.sql(out, "SELECT * FROM phase ORDER BY x");
    }

    /** Every value of every row, doubles as their raw bits. */
    private static List<String> bits(List<Row> rows) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            StringBuilder sb = new StringBuilder();
            for (StructField f : r.schema().fields()) {
                if (f.name().equals("sweep")) {
                    continue;
                }
                int i = r.fieldIndex(f.name());
                Object v = r.isNullAt(i) ? null : f.dataType().equals(DataTypes.DoubleType)
                        ? Long.toHexString(Double.doubleToRawLongBits(r.getDouble(i))) : r.get(i);
                sb.append(f.name()).append('=').append(v).append(' ');
            }
            out.add(sb.toString());
        }
        out.sort(null);
        return out;
    }

    private static double sum(List<Double> values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
