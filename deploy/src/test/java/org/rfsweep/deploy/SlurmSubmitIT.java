package org.rfsweep.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/slurm/submit.sh refuses bad input before anything reaches SLURM: one message naming what
 * is wrong, exit code 2, nothing submitted (sbatch is a stub that records any call) and nothing
 * written. And the helpers of deploy/slurm/lib.sh that turn SLURM's formats into numbers. No SLURM
 * is needed: these run wherever the packaged jar is (failsafe, after package).
 */
class SlurmSubmitIT {
    @TempDir
    Path tmp;

    @Test
    void badInputIsRefusedBeforeSubmittingWithExitCodeTwo() throws Exception {
        Path spec = Scripts.DEPLOY_DIR.getParent().resolve("sweeps/quickstart.yaml");
        Path broken = Files.writeString(tmp.resolve("broken.yaml"), "name: broken\nkernel: twolayer-sgd\ngrid:\n  gain: [1]\n  widht: [2]\n");
        String out = tmp.resolve("out").toString();
        assertRefused("no sweep spec given", List.of());
        assertRefused("the first argument must be the sweep spec, got option '--nodes'", List.of("--nodes", "2"));
        assertRefused("spec file not found: " + tmp.resolve("none.yaml"), List.of(tmp.resolve("none.yaml").toString()));
        assertRefused("--nodes must be a positive integer, got 'two'", List.of(spec.toString(), "--nodes", "two"));
        assertRefused("--time '90 minutes' is not a SLURM time", List.of(spec.toString(), "--time", "90 minutes"));
        assertRefused("--out needs a value", List.of(spec.toString(), "--out"));
        assertRefused("the job runs its own Spark master: drop --master from the run options",
                List.of(spec.toString(), "--out", out, "--", "--master", "local[2]"));
        assertRefused("widht", List.of(broken.toString(), "--out", out));
        assertRefused("Unknown option: '--no-such-option'", List.of(spec.toString(), "--out", out, "--", "--no-such-option"));
        assertFalse(Files.exists(Path.of(out)), "nothing written to the output");
    }

    @Test
    void slurmTimesAndCpuListsBecomeNumbers() throws Exception {
        assertEquals("60 330 3600 183600 183840 86401 480 BAD BAD", bash(
                "for t in 1 5:30 1:00:00 2-3 2-03:04 1-00:00:01 08 1:2:3:4 x; do "
                        + "echo -n \"$(time_limit_seconds $t || echo BAD) \"; done"));
        assertEquals("2", bash("SLURM_JOB_CPUS_PER_NODE='4(x2),2'; min_cpus_per_node"));
        assertEquals("16", bash("SLURM_JOB_CPUS_PER_NODE='16(x3)'; min_cpus_per_node"));
    }

    /** Runs submit.sh with a stub sbatch first on the PATH; expects exit 2, the message, and no sbatch call. */
    private void assertRefused(String message, List<String> args) throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path calls = tmp.resolve("sbatch-calls");
        Files.writeString(bin.resolve("sbatch"), "#!/bin/sh\necho \"$@\" >> '" + calls + "'\nexit 1\n");
        bin.resolve("sbatch").toFile().setExecutable(true);
        List<String> cmd = new ArrayList<>(List.of(Scripts.DEPLOY_DIR.resolve("slurm/submit.sh").toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "submit.sh finished");
        assertEquals(2, p.exitValue(), () -> args + ": " + output);
        assertTrue(output.contains(message), () -> args + ": expected '" + message + "' in: " + output);
        assertFalse(Files.exists(calls), () -> "sbatch was called: " + read(calls));
    }

    private static String bash(String script) throws IOException, InterruptedException {
        Path lib = Scripts.DEPLOY_DIR.resolve("slurm/lib.sh");
        Process p = new ProcessBuilder("bash", "-c", "source '" + lib + "'; " + script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
