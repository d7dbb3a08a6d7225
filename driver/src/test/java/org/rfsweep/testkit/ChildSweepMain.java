package org.rfsweep.testkit;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.spark.sql.SparkSession;
import org.rfsweep.spark.SparkSessions;
import org.rfsweep.spark.SweepRunner;
import org.rfsweep.table.OutputLayout;

/**
 * A driver JVM for the kill test: runs {@link #sweep(int, int)} into the output root given as
 * the first argument, on local[2].
 */
public final class ChildSweepMain {
    private ChildSweepMain() {
    }

    /** {@code n} sleeping trials of {@code sleepMs} each. */
    public static TestSweep sweep(int n, int sleepMs) {
        LinkedHashMap<String, List<?>> axes = new LinkedHashMap<>();
        axes.put("seed", LongStream.range(0, n).boxed().toList());
        return TestSweep.grid("killed", Map.of("mode", "sleep", "sleep_ms", sleepMs), axes);
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        SparkSession spark = SparkSessions.create("local[2]");
        PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        new SweepRunner(() -> spark, log, new SweepRunner.Options(new OutputLayout(out), false, false, 500, "child"))
                .run(sweep(Integer.parseInt(args[1]), Integer.parseInt(args[2])));
        spark.stop();
    }
}
