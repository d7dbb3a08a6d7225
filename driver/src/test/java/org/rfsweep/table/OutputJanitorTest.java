package org.rfsweep.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputJanitorTest {
    @TempDir
    Path root;

    @Test
    void removesStagingAndFilesOfUncommittedChunksOnly() throws Exception {
        OutputLayout layout = new OutputLayout(root);
        Path committedRuns = touch(layout.chunkFile(Table.RUNS, "s", "aaaa"));
        Path committedTraj = touch(layout.chunkFile(Table.TRAJECTORIES, "s", "aaaa"));
        Path orphanTraj = touch(layout.chunkFile(Table.TRAJECTORIES, "s", "bbbb"));
        Path orphanRf = touch(layout.chunkFile(Table.RECEPTIVE_FIELDS, "t", "cccc"));
        Path staged = touch(layout.stagingDir().resolve("bbbb-x/runs.parquet"));
        List<Path> removed = new OutputJanitor(layout).clean();
        assertEquals(2, removed.size());
        assertFalse(Files.exists(orphanTraj));
        assertFalse(Files.exists(orphanRf));
        assertFalse(Files.exists(staged.getParent()));
        assertTrue(Files.exists(committedRuns));
        assertTrue(Files.exists(committedTraj));
    }

    private static Path touch(Path p) throws Exception {
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x");
    }
}
