package org.rfsweep.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the scripts under deploy/standalone as child processes, each bounded in time. */
final class Scripts {
    /** deploy/ (the module directory; failsafe runs with it as the working directory). */
    static final Path DEPLOY_DIR = Path.of(System.getProperty("deploy.dir", ".")).toAbsolutePath().normalize();
    static final Path STANDALONE = DEPLOY_DIR.resolve("standalone");

    private Scripts() {
    }

    /** A process for {@code script args...}, stdout and stderr both appended to {@code log}. */
    static ProcessBuilder builder(String script, Path log, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(STANDALONE.resolve(script).toString());
        cmd.addAll(args);
        return new ProcessBuilder(cmd)
                .directory(DEPLOY_DIR.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    }

    /**
     * Runs a script to completion; kills it (and fails) after {@code timeoutSeconds}.
     *
     * @return the exit code
     */
    static int run(String script, Path log, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        Process p = builder(script, log, List.of(args)).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError(script + " did not finish within " + timeoutSeconds + " s; log:\n" + tail(log));
        }
        return p.exitValue();
    }

    /** The last lines of a log, for failure messages. */
    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
