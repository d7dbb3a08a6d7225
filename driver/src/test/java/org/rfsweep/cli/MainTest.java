package org.rfsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;
import org.rfsweep.math.Simd;

class MainTest {
    @TempDir
    Path temp;

    @AfterEach
    void quiet() {
        Logging.quiet();
    }

    private static String valid(String name) throws URISyntaxException {
        return Path.of(MainTest.class.getResource("/specs/valid/" + name).toURI()).toString();
    }

    @Test
    void validatePrintsTheTrialCountAndHash() throws URISyntaxException {
        CliRun run = CliRun.of("validate", valid("gain-xi.yaml"));
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("", run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("OK: sweep gain-xi (kernel twolayer-test test-1): 80 trials", lines.get(0));
        assertEquals("swept: gain, xi, seed, lr, time", lines.get(1));
        assertTrue(lines.get(2).matches("spec hash: [0-9a-f]{64}"), lines.get(2));
    }

    @Test
    void theTrialLimitCanBeRaisedOrLowered() throws URISyntaxException {
        CliRun low = CliRun.of("validate", "--max-trials", "79", valid("gain-xi.yaml"));
        assertEquals(ExitCodes.INVALID_INPUT, low.exitCode());
        assertTrue(low.err().contains("the sweep has 80 trials, more than the limit of 79"), low.err());
        assertEquals(ExitCodes.OK, CliRun.of("validate", "--max-trials", "80", valid("gain-xi.yaml")).exitCode());
        CliRun zero = CliRun.of("validate", "--max-trials", "0", valid("gain-xi.yaml"));
        assertEquals(ExitCodes.INVALID_INPUT, zero.exitCode());
        assertEquals("rfsweep validate: --max-trials: must be at least 1, got 0\n", zero.err());
    }

    @Test
    void theSizeGuardSuggestsOnlyALimitTheParserAccepts() throws IOException {
        Path spec = Files.writeString(temp.resolve("big.yaml"), String.join("\n", "name: big", "kernel: twolayer-test",
                "grid:", "  gain: {linspace: [0.1, 10, 20]}", "  seed: {range: [0, 10]}", ""));
        CliRun refused = CliRun.of("validate", "--max-trials", "100", spec.toString());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("--max-trials (\\d+)").matcher(refused.err());
        assertTrue(m.find(), refused.err());
        assertEquals("200", m.group(1));
        assertEquals(ExitCodes.OK, CliRun.of("validate", "--max-trials", m.group(1), spec.toString()).exitCode());
        // 2^64 trials: no --max-trials can allow it, so none is suggested
        CliRun beyond = CliRun.of("validate", "--max-trials", Long.toString(Long.MAX_VALUE), Files.writeString(
                temp.resolve("beyond.yaml"), String.join("\n", "name: beyond", "kernel: twolayer-test", "grid:",
                        "  gain: {linspace: [0.1, 10, 65536]}", "  lr: {linspace: [0.01, 1, 65536]}",
                        "  time: {range: [1, 65537]}", "  seed: {range: [0, 65536]}", "")).toString());
        assertEquals(ExitCodes.INVALID_INPUT, beyond.exitCode());
        assertEquals("rfsweep validate: invalid spec: grid: the sweep has 18446744073709551616 trials, more than any "
                + "--max-trials allows (at most 9223372036854775807); make the grid smaller\n", beyond.err());
    }

    @Test
    void anAxisLongerThanAListCanHoldIsRefusedNotCrashed() throws IOException {
        Path spec = Files.writeString(temp.resolve("long-axis.yaml"), String.join("\n", "name: long-axis",
                "kernel: twolayer-test", "grid:", "  seed: {range: [0, 3000000000]}", ""));
        CliRun run = CliRun.of("validate", "--max-trials", Long.toString(Long.MAX_VALUE), spec.toString());
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
        assertEquals("rfsweep validate: invalid spec: grid.seed.range: generates 3000000000 values, more than one axis can hold "
                + "(2147483639)\n", run.err());
    }

    @Test
    void aMissingOrUnreadableSpecFileIsInvalidInput() throws IOException {
        CliRun missing = CliRun.of("validate", temp.resolve("nope.yaml").toString());
        assertEquals(ExitCodes.INVALID_INPUT, missing.exitCode());
        assertTrue(missing.err().startsWith("rfsweep validate: invalid spec: spec file not found: "), missing.err());
        Path binary = Files.write(temp.resolve("binary.yaml"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        CliRun notText = CliRun.of("validate", binary.toString());
        assertEquals(ExitCodes.INVALID_INPUT, notText.exitCode());
        assertEquals(1, notText.err().lines().count(), notText.err());
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() {
        for (String[] args : List.of(new String[] {"validate"}, new String[] {"bogus"},
                new String[] {"validate", "--no-such-option", "x.yaml"}, new String[] {"kernels", "nosuchkernel"},
                new String[] {"validate", "--max-trials", "many", "x.yaml"})) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), String.join(" ", args));
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().contains("--help"), run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void noCommandPrintsTheUsageOnStderrAndExitsTwo() {
        CliRun run = CliRun.of();
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().contains("Usage: rfsweep"), run.err());
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CliRun run = CliRun.of("--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().contains("kernels"), run.out());
        assertTrue(run.out().contains("validate"), run.out());
        assertEquals(ExitCodes.OK, CliRun.of("validate", "--help").exitCode());
        assertTrue(CliRun.of("--version").out().startsWith("rfsweep "));
    }

    @Test
    void kernelsListsEveryParameterFromTheSchema() {
        CliRun run = CliRun.of("kernels", "twolayer-test");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("twolayer-test (version test-1): "), lines.get(0));
        assertEquals(TwoLayerSchema.PARAMS.params().size() + 4, lines.size()); // + header, blank, hot-loop line
        assertEquals("hot loops in this JVM: " + Simd.describe() + "; both paths give bit-identical results",
                lines.get(lines.size() - 1));
        for (ParamDef p : TwoLayerSchema.PARAMS.params()) {
            String line = lines.stream().filter(l -> l.startsWith("  " + p.name() + " ")).findFirst().orElseThrow();
            assertTrue(line.contains(p.rangeText()), line);
            assertTrue(line.endsWith(p.doc()), line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("  xi +pair +\\[3, 10\\] +\\(0, inf\\) +correlation.*")));
        assertTrue(lines.stream().anyMatch(l -> l.matches("  lr +real +0\\.05 +\\(0, inf\\) +base learning rate.*")));
    }

    @Test
    void kernelsWithoutANameListsThemAll() {
        CliRun run = CliRun.of("kernels");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().contains("toy (version 1)"), run.out());
        assertTrue(run.out().contains("twolayer-test (version test-1)"), run.out());
    }

    @Test
    void verboseIsAcceptedBeforeOrAfterTheCommand() throws URISyntaxException {
        assertFalse(Logging.isVerbose());
        assertEquals(ExitCodes.OK, CliRun.of("validate", "--verbose", valid("defaults.yaml")).exitCode());
        assertTrue(Logging.isVerbose());
        Logging.quiet();
        assertEquals(ExitCodes.OK, CliRun.of("--verbose", "kernels").exitCode());
        assertTrue(Logging.isVerbose());
    }
}
