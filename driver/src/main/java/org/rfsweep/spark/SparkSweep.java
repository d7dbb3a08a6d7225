package org.rfsweep.spark;

import java.io.PrintStream;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * The old name of {@link SweepRunner}, kept only so that {@code refine} (whose package is being
 * changed on another branch) compiles unchanged; its member types are {@link SweepRunner}'s
 * ({@code SparkSweep.Options} is {@link SweepRunner.Options}). Once that branch is merged, replace
 * the remaining uses by {@link SweepRunner} and delete this class.
 */
@Deprecated
public final class SparkSweep extends SweepRunner {
    public SparkSweep(Supplier<SparkSession> spark, PrintStream log, Options options) {
        super(spark, log, options);
    }
}
