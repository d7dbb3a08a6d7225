package org.rfsweep.cli;

import java.util.regex.Matcher;
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
     * Rejects a master URL Spark cannot use before anything runs or is written (Spark itself would
     * only fail once the plan is made and the output locked): the forms of Spark's
     * {@code SparkContext.createTaskScheduler} and its cluster managers, with every number in its
     * range (threads, failures, workers, cores and memory at least 1 and within an int; ports
     * 1-65535).
     */
    static final class MasterUrl implements ITypeConverter<String> {
        private static final String EXPECTED = "expected local[*], local[N], spark://HOST:PORT, yarn or k8s://https://HOST:PORT";
        private static final Pattern LOCAL = Pattern.compile("local\\[(\\d+|\\*)(?:,(\\d+))?]");
        private static final Pattern LOCAL_CLUSTER = Pattern.compile("local-cluster\\[(\\d+), *(\\d+), *(\\d+)]");
        private static final Pattern HOST_PORT = Pattern.compile("([^\\s:/,]+|\\[[0-9a-fA-F:.]+]):(\\d+)");
        private static final Pattern K8S = Pattern.compile("(?:https?://)?([^\\s:/]+|\\[[0-9a-fA-F:.]+])(?::(\\d+))?/?");

        @Override
        public String convert(String value) {
            if (!value.equals("local") && !value.equals("yarn")) {
                check(value);
            }
            return value;
        }

        private static void check(String value) {
            Matcher m;
            if ((m = LOCAL.matcher(value)).matches()) {
                if (!m.group(1).equals("*")) {
                    atLeastOne(value, m.group(1), "threads");
                }
                if (m.group(2) != null) {
                    atLeastOne(value, m.group(2), "task failures");
                }
            } else if ((m = LOCAL_CLUSTER.matcher(value)).matches()) {
                atLeastOne(value, m.group(1), "workers");
                atLeastOne(value, m.group(2), "cores per worker");
                atLeastOne(value, m.group(3), "MiB of memory per worker");
            } else if (value.startsWith("spark://")) {
                for (String hostPort : value.substring("spark://".length()).split(",", -1)) {
                    if (!(m = HOST_PORT.matcher(hostPort)).matches()) {
                        throw refused(value, "spark:// needs HOST:PORT (comma-separated for several masters)");
                    }
                    port(value, m.group(2));
                }
            } else if (value.startsWith("k8s://")) {
                if (!(m = K8S.matcher(value.substring("k8s://".length()))).matches()) {
                    throw refused(value, "k8s:// needs the API server, e.g. k8s://https://HOST:6443");
                }
                if (m.group(2) != null) {
                    port(value, m.group(2));
                }
            } else {
                throw refused(value, EXPECTED);
            }
        }

        private static void atLeastOne(String value, String number, String what) {
            if (!inRange(number, 1, Integer.MAX_VALUE)) {
                throw refused(value, "the number of " + what + " must be from 1 to " + Integer.MAX_VALUE + ", got " + number);
            }
        }

        private static void port(String value, String number) {
            if (!inRange(number, 1, 65535)) {
                throw refused(value, "a port is from 1 to 65535, got " + number);
            }
        }

        private static boolean inRange(String digits, long min, long max) {
            if (digits.length() > 10) {
                return false;
            }
            long n = Long.parseLong(digits);
            return n >= min && n <= max;
        }

        private static TypeConversionException refused(String value, String why) {
            return new TypeConversionException("'" + value + "' is not a Spark master URL: " + why);
        }
    }
}
