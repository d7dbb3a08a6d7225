package org.rfsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.Table;

/**
 * A run on a disk that fills up, for real: a 2 MiB tmpfs almost filled before the run (needs
 * root and mount rights; skipped with a message otherwise, while {@link FailureCauseTest} still
 * checks the mapping). The last line names the cause and what to do, no stack trace; nothing
 * committed is lost, and once space is freed the same command completes the sweep exactly once.
 */
class FullDiskTest {
    @TempDir
    Path dir;
    Path disk;
    boolean mounted;

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        if (mounted) {
            assertEquals(0, run("umount", disk.toString()), "umount " + disk);
        }
    }

    @Test
    void aFullDiskEndsWithItsCauseAndLosesNothing() throws IOException, InterruptedException {
        disk = Files.createDirectory(dir.resolve("disk"));
        mounted = run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString()) == 0;
        Assumptions.assumeTrue(mounted, "skipped: cannot mount a 2 MiB tmpfs here (needs root and mount rights)");
        Path spec = Files.writeString(dir.resolve("full.yaml"), String.join("\n", "name: full-disk",
                "kernel: test-kernel", "fixed: {width: 2}", "grid:", "  x: [0.5, 1, 2, 3]", "  seed: {range: [0, 6]}", ""));
        Path filler = disk.resolve("filler");
        // leave three pages: the lock and the spec record fit, the first chunk's files do not
        Files.write(filler, new byte[(int) (Files.getFileStore(disk).getUsableSpace() - 3 * 4096)]);
        Path out = disk.resolve("out");

        CliRun full = CliRun.of("run", spec.toString(), "--out", out.toString(), "--master", "local[1]");
        assertEquals(ExitCodes.FAILED, full.exitCode(), full.err());
        List<String> lines = full.err().lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("rfsweep: error: no space left on device( \\(\\S+\\))?: free some "
                + "space or choose another --out, then run the same command again \\(committed results are kept\\) "
                + "\\(--verbose shows the stack trace\\)"), full.err());
        assertTrue(full.err().lines().noneMatch(l -> l.startsWith("\tat ")), "no stack trace without --verbose");

        Files.delete(filler);
        CliRun again = CliRun.of("run", spec.toString(), "--out", out.toString(), "--master", "local[1]");
        assertEquals(0, again.exitCode(), again.err());
        OutputLayout layout = new OutputLayout(out);
        assertEquals(24, org.rfsweep.table.RunsIndex.read(layout, "full-disk").size(), "every trial exactly once");
        for (Table t : List.of(Table.RUNS, Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS)) {
            assertEquals(chunkIds(layout, Table.RUNS), chunkIds(layout, t), "the same chunks in " + t);
        }
    }

    private static List<String> chunkIds(OutputLayout layout, Table t) {
        return layout.partFiles(t, "full-disk").stream().map(OutputLayout::chunkIdOf).sorted().collect(Collectors.toList());
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }
}
