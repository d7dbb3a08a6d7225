package org.rfsweep.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.run.RunReport;
import org.rfsweep.testkit.SweepFixture;
import org.rfsweep.testkit.TestSweep;

/**
 * Not a unit test: measures Spark's overhead and 1- vs 2-slot scaling on a 200-trial sweep of
 * CPU-bound test-kernel trials (mode spin). Skipped unless {@code -Drfsweep.bench=true}:
 *
 * <pre>
 * mvn -B -q -pl driver -am test -Dtest=SparkOverheadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Drfsweep.bench=true [-Drfsweep.bench.work=40000000]
 * </pre>
 *
 * With {@code -Drfsweep.bench.spec=../sweeps/bench-overhead.yaml} it runs that spec instead (twice per
 * master: once to warm the JIT up, once measured, into fresh outputs).
 *
 * <p>Prints, per master, the run summary (job wall time, summed kernel time, overhead = (slots x
 * wall - kernel) / kernel) and the throughput ratio local[2] / local[1]. Needs an otherwise idle
 * machine with 2 free cores to mean anything.
 */
class SparkOverheadBenchmark {
    @TempDir
    Path dir;

    @Test
    void overheadAndScaling() throws Exception {
        assumeTrue(Boolean.getBoolean("rfsweep.bench"), "benchmark: run with -Drfsweep.bench=true");
        long work = Long.getLong("rfsweep.bench.work", 40_000_000L);
        LinkedHashMap<String, List<?>> axes = new LinkedHashMap<>();
        axes.put("seed", LongStream.range(0, 200).boxed().toList());
        TestSweep sweep = TestSweep.grid("bench", Map.of("mode", "spin", "work", work, "snapshots", 50,
                "width", 8), axes);
        String specFile = System.getProperty("rfsweep.bench.spec");
        org.rfsweep.spec.SweepSpec spec = specFile == null ? sweep
                : org.rfsweep.spec.SweepSpecLoader.load(Path.of(specFile), 1_000_000);
        RunReport one = measure("local[1]", spec, dir.resolve("one"));
        RunReport two = measure("local[2]", spec, dir.resolve("two"));
        System.out.println(String.format(Locale.ROOT, "BENCH throughput local[2]/local[1] = %.3f",
                one.jobSeconds() / two.jobSeconds()));
    }

    private static RunReport measure(String master, org.rfsweep.spec.SweepSpec sweep, Path out) throws Exception {
        SparkSession spark = SparkSessions.create(master);
        try {
            // warm-up: JIT the kernel, the writers and Spark's task path on a throwaway output
            SweepFixture fx = new SweepFixture(spark);
            if (sweep instanceof TestSweep) {
                fx.sweep(out.resolveSibling(out.getFileName() + "-warm"), false, false)
                        .run(TestSweep.grid("warm", Map.of("mode", "spin", "work", 1_000_000L), seeds(8)));
            } else {
                fx.sweep(out.resolveSibling(out.getFileName() + "-warm"), false, false).run(sweep);
            }
            RunReport r = fx.sweep(out, false, false).run(sweep).report();
            System.out.println("BENCH " + master + ": " + r.summary());
            return r;
        } finally {
            spark.stop();
        }
    }

    private static LinkedHashMap<String, List<?>> seeds(int n) {
        LinkedHashMap<String, List<?>> axes = new LinkedHashMap<>();
        axes.put("seed", LongStream.range(0, n).boxed().toList());
        return axes;
    }
}
