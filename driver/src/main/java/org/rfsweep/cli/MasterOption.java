package org.rfsweep.cli;

import picocli.CommandLine.Option;

/** The {@code --master} option of the commands that start Spark ({@code @Mixin}). */
public final class MasterOption {
    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "Spark master: local[*] (embedded, default), local[N], spark://host:7077, yarn, k8s://...")
    String master;

    public String master() {
        return master;
    }
}
