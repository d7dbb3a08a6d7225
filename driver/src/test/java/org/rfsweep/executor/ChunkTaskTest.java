package org.rfsweep.executor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.Table;
import org.rfsweep.table.TrialMarkers;
import org.rfsweep.table.WriteConf;
import org.rfsweep.testkit.TestSweep;

/** One chunk task without Spark: per-trial progress markers, commit, and cancellation. */
class ChunkTaskTest {
    @TempDir
    Path out;

    private final TestSweep sweep = TestSweep.grid("t", Map.of(),
            new java.util.LinkedHashMap<>(Map.of("mode", List.of("ok", "throw", "diverge", "ok"))));

    private ChunkTask task() {
        return new ChunkTask(new WriteConf(out.toString(), "t", "c", "h"));
    }

    @Test
    void marksEachFinishedTrialThenCommitsAndClearsStaging() {
        OutputLayout out = new OutputLayout(this.out);
        List<long[]> seen = new ArrayList<>();
        // the cancellation check runs before every trial and before the commit: sample progress there
        ChunkSummary s = task().run(Chunk.of(sweep.trialList(), 4), "e", () -> {
            seen.add(TrialMarkers.count(out));
            return false;
        });
        // before each of the 4 trials and the commit, plus once when the 2nd trial throws (the
        // executor asks whether the exception comes from a cancellation); the 2nd trial is failed
        long[][] expected = {{0, 0}, {1, 0}, {1, 0}, {2, 1}, {3, 1}, {4, 1}};
        assertEquals(expected.length, seen.size());
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], seen.get(i), "before step " + i);
        }
        assertArrayEquals(new long[] {0, 0}, TrialMarkers.count(out), "committed: markers gone with staging");
        assertEquals(new ChunkSummary(s.chunkId(), 4, 2, 1, 1, s.kernelSeconds(), s.taskSeconds(),
                s.firstError()), s);
        assertTrue(s.firstError().endsWith("IllegalStateException: boom at x=1.0"), s.firstError());
        assertEquals(1, out.partFiles(Table.RUNS, "t").size());
    }

    @Test
    void aCancelledTaskCommitsNothingAndLeavesNoStaging() {
        OutputLayout out = new OutputLayout(this.out);
        int[] calls = {0};
        assertThrows(TaskCancelledException.class,
                () -> task().run(Chunk.of(sweep.trialList(), 4), "e", () -> ++calls[0] > 2));
        assertTrue(out.partFiles(Table.RUNS, "t").isEmpty());
        assertTrue(out.partFiles(Table.TRAJECTORIES, "t").isEmpty());
        assertEquals(List.of(), OutputLayoutProbe.entries(out.stagingDir()));
    }

    /** Lists a directory (empty if missing). */
    static final class OutputLayoutProbe {
        static List<Path> entries(Path dir) {
            if (!java.nio.file.Files.isDirectory(dir)) {
                return List.of();
            }
            try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(dir)) {
                return s.toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
