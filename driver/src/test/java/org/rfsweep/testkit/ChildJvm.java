package org.rfsweep.testkit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A second JVM on this test's classpath and JVM options (module flags, heap), for tests that kill
 * a driver: its output goes to one log file.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /**
     * Starts {@code java [this JVM's options] [extraJvmOptions] -cp <test classpath> mainAndArgs...}.
     */
    public static Process start(List<String> extraJvmOptions, List<String> mainAndArgs, Path log) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-javaagent") && !arg.startsWith("-agentlib")) {
                cmd.add(arg);
            }
        }
        cmd.addAll(extraJvmOptions);
        cmd.addAll(List.of("-cp", classpath));
        cmd.addAll(mainAndArgs);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
