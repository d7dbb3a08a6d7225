package org.rfsweep.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One rfsweep driver started by deploy/standalone/submit.sh (spark-submit in client mode). The
 * script execs the driver JVM, so this process is the driver itself: killing it kills the driver.
 * {@link #close()} kills it and its children if it is still running.
 */
final class Driver implements AutoCloseable {
    private final Process process;
    private final Path log;

    private Driver(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code submit.sh --state-dir STATE [--master MASTER] -- RFSWEEP_ARGS}.
     *
     * @param master null to submit to the cluster recorded in {@code stateDir}
     */
    static Driver submit(Path stateDir, String master, Path log, String... rfsweepArgs) throws IOException {
        List<String> args = new ArrayList<>(List.of("--state-dir", stateDir.toString()));
        if (master != null) {
            args.addAll(List.of("--master", master));
        }
        args.add("--");
        args.addAll(List.of(rfsweepArgs));
        return new Driver(Scripts.builder("submit.sh", log, args).start(), log);
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the exit code; kills the driver and fails after {@code timeoutSeconds}. */
    int await(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            kill();
            throw new AssertionError("driver did not finish within " + timeoutSeconds + " s; log:\n" + Scripts.tail(log));
        }
        return process.exitValue();
    }

    /** SIGKILL, as a crashed or killed driver gets: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    String tail() {
        return Scripts.tail(log);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
