package org.rfsweep.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.executor.Chunk;
import org.rfsweep.executor.TrialExecutor;
import org.rfsweep.testkit.TestSweep;

/**
 * The commit protocol without rename, attempt by attempt, without Spark: a zombie attempt that
 * commits late, an attempt killed between its files and its record, a record cut short, and an
 * output of the earlier rename layout read alongside records.
 */
class CommitProtocolTest {
    @TempDir
    Path root;

    private final TestSweep sweep = TestSweep.xSeeds("p", Map.of(), List.of(1.0, 2.0), 3);
    private final Kernel kernel = sweep.kernel();

    private WriteConf conf() {
        return new WriteConf(root.toString(), "p", "c", "h");
    }

    private OutputLayout layout() {
        return new OutputLayout(root);
    }

    private List<TrialOutcome> outcomes(String executor) {
        List<TrialOutcome> out = new ArrayList<>();
        TrialExecutor ex = new TrialExecutor(executor, () -> false);
        for (TrialSpec t : sweep.trialList()) {
            out.add(ex.run(kernel, t));
        }
        return out;
    }

    private boolean commit(ChunkCommitter c, String chunkId, String executor) throws Exception {
        return c.commit(c.openStaging(chunkId), chunkId, outcomes(executor));
    }

    private List<String> listed(Table t) throws Exception {
        Path dir = layout().partitionDir(t, "p");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aZombieAttemptThatCommitsLateFindsTheRecordAndDeletesItsFiles() throws Exception {
        String chunk = Chunk.idOf(sweep.trialList());
        CountDownLatch zombieWrote = new CountDownLatch(1);
        CountDownLatch winnerDone = new CountDownLatch(1);
        ChunkCommitter zombie = new ChunkCommitter(conf(), kernel, () -> {
            zombieWrote.countDown();
            await(winnerDone);
        });
        CompletableFuture<Boolean> late = CompletableFuture.supplyAsync(() -> {
            try {
                return commit(zombie, chunk, "zombie");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(zombieWrote.await(60, TimeUnit.SECONDS));
        assertEquals(1, listed(Table.RUNS).size(), "the zombie's files are written, its record not yet");
        boolean won = commit(new ChunkCommitter(conf(), kernel), chunk, "winner");
        winnerDone.countDown();
        assertTrue(won, "the first attempt to create the record wins");
        assertFalse(late.get(60, TimeUnit.SECONDS), "the zombie finds the record and loses");

        CommitRecord record = SweepCommits.read(layout(), "p").records().get(chunk);
        for (Table t : List.of(Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS, Table.RUNS)) {
            assertEquals(List.of(record.files().get(t).name()), listed(t), t + ": only the winner's file is left");
        }
        RunsIndex index = RunsIndex.read(layout(), "p");
        assertEquals(6, index.size());
        assertEquals(6, index.count(TrialStatus.OK));
        List<org.apache.parquet.example.data.Group> rows = ParquetFiles.read(index.fileOf(sweep.trialList().get(0).trialId()), null);
        assertEquals(6, rows.size());
        rows.forEach(g -> assertEquals("winner", g.getString("executor", 0)));
    }

    @Test
    void anAttemptKilledAfterItsFilesCommitsNothingAndTheJanitorRemovesThem() throws Exception {
        String chunk = Chunk.idOf(sweep.trialList());
        ChunkCommitter killed = new ChunkCommitter(conf(), kernel, () -> {
            throw new SimulatedDeath();
        });
        assertThrows(SimulatedDeath.class, () -> commit(killed, chunk, "killed"));
        assertEquals(1, listed(Table.RUNS).size(), "the dead attempt's runs file stays behind");
        assertEquals(1, listed(Table.TRAJECTORIES).size());
        assertEquals(List.of(), SweepCommits.read(layout(), "p").records().keySet().stream().toList());
        assertEquals(List.of(), layout().partFiles(Table.RUNS, "p"), "but it is not committed");
        assertEquals(0, RunsIndex.read(layout(), "p").size());
        assertEquals(List.of(), PartitionScan.of(layout(), Table.TRAJECTORIES, "p").readable());

        assertThrows(SimulatedDeath.class, () -> commit(killed, chunk, "killed again"));
        assertTrue(commit(new ChunkCommitter(conf(), kernel), chunk, "winner"));
        Manifest.write(layout());
        Path committed = layout().partFiles(Table.RUNS, "p").get(0);
        assertEquals(3, listed(Table.RUNS).size(), "two dead attempts' runs files and the winner's");
        assertEquals(List.of(root.relativize(committed).toString()),
                Files.readAllLines(Manifest.file(layout(), Table.RUNS)), "the manifest names the committed file only");
        Files.delete(layout().recordFile("p", chunk)); // back to the dead attempts alone
        Files.delete(committed);
        for (Table t : List.of(Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS)) {
            Files.delete(layout().partitionDir(t, "p").resolve(committed.getFileName()));
        }

        assertEquals(6, new OutputJanitor(layout()).clean().size(), "the dead attempts' files are orphans");
        assertEquals(List.of(), listed(Table.RUNS));
        assertTrue(commit(new ChunkCommitter(conf(), kernel), chunk, "rerun"));
        assertEquals(6, RunsIndex.read(layout(), "p").size());
        assertEquals(List.of(), new OutputJanitor(layout()).clean(), "a committed chunk is no orphan");
        assertEquals(1, listed(Table.RUNS).size());
    }

    @Test
    void aRecordCutShortCommitsNothingAndIsRemovedByTheJanitor() throws Exception {
        String chunk = Chunk.idOf(sweep.trialList());
        assertTrue(commit(new ChunkCommitter(conf(), kernel), chunk, "a"));
        Path record = layout().recordFile("p", chunk);
        byte[] json = Files.readAllBytes(record);
        Files.write(record, java.util.Arrays.copyOf(json, json.length / 2));
        SweepCommits commits = SweepCommits.read(layout(), "p");
        assertEquals(List.of(record), commits.brokenRecords());
        assertEquals(0, RunsIndex.read(layout(), "p").size(), "its trials are missing, so they run again");
        List<Path> removed = new OutputJanitor(layout()).clean();
        assertTrue(removed.contains(record), removed.toString());
        assertEquals(4, removed.size(), "the record and the three files it named");
    }

    @Test
    void aTruncatedCommittedFileIsNamedFromItsRecordWithoutReadingItsFooter() throws Exception {
        String chunk = Chunk.idOf(sweep.trialList());
        assertTrue(commit(new ChunkCommitter(conf(), kernel), chunk, "a"));
        Path runs = layout().partFiles(Table.RUNS, "p").get(0);
        long size = Files.size(runs);
        try (var ch = java.nio.channels.FileChannel.open(runs, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(size - 1);
        }
        RunsIndex index = RunsIndex.read(layout(), "p");
        assertEquals(0, index.size());
        assertEquals(1, index.bad().size());
        assertEquals("truncated or damaged Parquet file (" + (size - 1) + " bytes; its commit record says " + size
                + ")", index.bad().get(0).problem());
    }

    @Test
    void anOutputOfTheRenameLayoutReadsAsBeforeAndAlongsideRecords() throws Exception {
        List<TrialSpec> trials = sweep.trialList();
        List<TrialSpec> first = trials.subList(0, 3);
        List<TrialSpec> second = trials.subList(3, 6);
        String legacy = Chunk.idOf(first);
        RunsRows rows = new RunsRows(kernel);
        List<ParquetRow> legacyRows = new ArrayList<>();
        for (TrialOutcome o : outcomes("old").subList(0, 3)) {
            legacyRows.add(rows.row(o, legacy, conf()));
        }
        Path old = layout().chunkFile(Table.RUNS, "p", legacy);
        Files.createDirectories(old.getParent());
        ParquetFiles.writeRows(old, rows.schema(), legacyRows);
        assertEquals(List.of(old), layout().partFiles(Table.RUNS, "p"));
        assertEquals(3, RunsIndex.read(layout(), "p").size());

        ChunkCommitter c = new ChunkCommitter(conf(), kernel);
        String fresh = Chunk.idOf(second);
        List<TrialOutcome> o = outcomes("new").subList(3, 6);
        assertTrue(c.commit(c.openStaging(fresh), fresh, o));
        RunsIndex both = RunsIndex.read(layout(), "p");
        assertEquals(6, both.size());
        assertEquals(old, both.fileOf(first.get(0).trialId()));
        assertEquals(layout().recordFile("p", fresh).getFileName().toString(), fresh + ".json");
        assertEquals(List.of(), new OutputJanitor(layout()).clean(), "the old chunk stays committed");
        assertEquals(2, layout().partFiles(Table.RUNS, "p").size());
    }

    @Test
    void aRecordRoundTripsThroughItsJson() throws Exception {
        CommitRecord r = new CommitRecord("abc", "0123", Map.of(Table.RUNS, new CommitRecord.FileEntry("part-abc.0123.parquet", 2, 99)),
                Map.of(TrialStatus.OK, List.of("t1"), TrialStatus.FAILED, List.of("t2")));
        assertEquals(r, CommitRecord.parse(r.toJson()));
        assertEquals(2, r.trialCount());
        java.io.IOException e = assertThrows(java.io.IOException.class,
                () -> CommitRecord.parse("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("not a commit record (no rfsweep_commit field)", e.getMessage());
        assertNull(SweepCommits.read(layout(), "none").file(Table.RUNS, "abc"));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a JVM killed at that point leaves: an Error the committer does not clean up after. */
    private static final class SimulatedDeath extends Error {
        private static final long serialVersionUID = 1L;
    }
}
