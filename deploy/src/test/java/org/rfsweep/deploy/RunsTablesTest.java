package org.rfsweep.deploy;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Timestamp;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The comparison the cluster tests rely on catches what it must and ignores only where/when. */
class RunsTablesTest {
    private static final StructType SCHEMA = new StructType()
            .add("trial_id", DataTypes.StringType).add("status", DataTypes.StringType)
            .add("error", DataTypes.StringType).add("final_test_loss", DataTypes.DoubleType)
            .add("wall_seconds", DataTypes.DoubleType).add("steps_per_second", DataTypes.DoubleType)
            .add("executor", DataTypes.StringType).add("started", DataTypes.TimestampType)
            .add("finished", DataTypes.TimestampType).add("chunk_id", DataTypes.StringType);

    private static Row row(String id, double loss, String executor, long millis) {
        return new GenericRowWithSchema(new Object[] {id, "ok", null, loss, millis / 1e3, 5.0, executor,
            new Timestamp(millis), new Timestamp(millis + 1), "c" + millis}, SCHEMA);
    }

    private static Map<String, Row> table(Row... rows) {
        Map<String, Row> m = new TreeMap<>();
        for (Row r : rows) {
            m.put(r.getAs("trial_id"), r);
        }
        return m;
    }

    @Test
    void ignoresOnlyWhereAndWhenColumns() {
        RunsTables.assertSameResults(table(row("a", 0.25, "driver@h", 1000), row("b", Double.NaN, "driver@h", 2000)),
                table(row("a", 0.25, "0@h", 7000), row("b", Double.NaN, "1@h", 9000)), 2);
    }

    @Test
    void catchesOneUlpInAMetric() {
        assertThrows(AssertionFailedError.class, () -> RunsTables.assertSameResults(table(row("a", 0.25, "x", 1)),
                table(row("a", Math.nextUp(0.25), "x", 1)), 1));
    }

    @Test
    void catchesTheSignOfZero() {
        assertThrows(AssertionFailedError.class, () -> RunsTables.assertSameResults(table(row("a", 0.0, "x", 1)),
                table(row("a", -0.0, "x", 1)), 1));
    }

    @Test
    void catchesAMissingTrial() {
        assertThrows(AssertionFailedError.class, () -> RunsTables.assertSameResults(
                table(row("a", 1, "x", 1), row("b", 2, "x", 1)), table(row("a", 1, "x", 1)), 2));
    }

    @Test
    void catchesAFailedTrial() {
        Row failed = new GenericRowWithSchema(new Object[] {"a", "failed", "boom", null, 0.0, null, "x",
            new Timestamp(1), new Timestamp(2), "c"}, SCHEMA);
        assertThrows(AssertionFailedError.class, () -> RunsTables.assertSameResults(table(row("a", 1, "x", 1)),
                table(failed), 1));
    }
}
