package org.rfsweep.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --master} option of the commands that start Spark ({@code @Mixin}). Without it, the
 * master spark-submit chose (the {@code spark.master} system property it sets before calling the
 * main class, on every cluster manager) wins over the embedded default, so the same command runs
 * under spark-submit unchanged.
 */
public final class MasterOption {
    @Option(names = "--master", paramLabel = "URL", defaultValue = "${sys:spark.master:-local[*]}",
            description = "Spark master: local[*] (embedded, default; under spark-submit: its --master), local[N], "
                    + "spark://host:7077, yarn, k8s://...")
    String master;

    public String master() {
        return master;
    }
}
