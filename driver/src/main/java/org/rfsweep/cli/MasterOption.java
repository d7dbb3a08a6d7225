package org.rfsweep.cli;

import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --master} option of the commands that start Spark ({@code @Mixin}). Without it, the
 * master spark-submit chose (the {@code spark.master} system property it sets before calling the
 * main class, on every cluster manager) wins over the embedded default, so the same command runs
 * under spark-submit unchanged.
 */
public final class MasterOption {
    @Option(names = "--master", paramLabel = "URL", defaultValue = "${sys:spark.master:-local[*]}",
            converter = MasterUrl.class,
            description = "Spark master: local[*] (embedded, default; under spark-submit: its --master), local[N], "
                    + "spark://host:7077, yarn, k8s://...")
    String master;

    public String master() {
        return master;
    }

    /**
     * Rejects a master URL Spark cannot parse before anything runs or is written (Spark itself
     * would only fail once the plan is made and the output locked): the forms of Spark's
     * {@code SparkContext.createTaskScheduler} and its cluster managers.
     */
    static final class MasterUrl implements ITypeConverter<String> {
        private static final Pattern KNOWN = Pattern.compile(
                "local|local\\[(\\d+|\\*)(,\\d+)?]|local-cluster\\[\\d+, *\\d+, *\\d+]|spark://\\S+|yarn|k8s://\\S+");

        @Override
        public String convert(String value) {
            if (!KNOWN.matcher(value).matches()) {
                throw new TypeConversionException("'" + value + "' is not a Spark master URL; expected local[*], local[N], "
                        + "spark://HOST:PORT, yarn or k8s://https://HOST:PORT");
            }
            return value;
        }
    }
}
