package org.rfsweep.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The code version stamped on every row: {@code RFSWEEP_GIT_COMMIT} if set (e.g. by a cluster
 * submit script), else {@code git describe --always --dirty --abbrev=40} run where the driver's
 * classes live, else {@code unknown}.
 */
public final class CodeVersion {
    private CodeVersion() {
    }

    public static String detect() {
        String env = System.getenv("RFSWEEP_GIT_COMMIT");
        if (env != null && !env.isBlank()) {
            return env.trim();
        }
        try {
            Path where = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String v = git(Files.isDirectory(where) ? where : where.getParent());
            return v == null ? "unknown" : v;
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String git(Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("git", "-C", dir.toString(), "describe", "--always", "--dirty", "--abbrev=40")
                .redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (InputStream in = p.getInputStream()) {
            String out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 && !out.isEmpty() ? out : null;
        }
    }
}
