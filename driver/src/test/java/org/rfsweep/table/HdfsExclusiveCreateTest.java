package org.rfsweep.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.testkit.MiniHdfs;

/**
 * The commit primitive on a real HDFS (an in-process MiniDFSCluster, one NameNode and one
 * DataNode, at Spark 4.1.3's Hadoop 3.4.2): of several attempts racing to create one chunk's commit
 * record, exactly one wins, and the record holds the winner's bytes.
 */
class HdfsExclusiveCreateTest {
    @TempDir
    static java.nio.file.Path base;

    private static MiniHdfs hdfs;
    private static FileSystem fs;

    @BeforeAll
    static void start() throws Exception {
        hdfs = MiniHdfs.start(base);
        fs = hdfs.fileSystem();
    }

    @AfterAll
    static void stop() {
        if (hdfs != null) {
            hdfs.stop();
        }
    }

    private static byte[] record(String attempt) {
        return new CommitRecord("c0ffee", attempt, Map.of(Table.RUNS,
                new CommitRecord.FileEntry("part-c0ffee." + attempt + ".parquet", 3, 1234)),
                Map.of(TrialStatus.OK, List.of("t1", "t2", "t3"))).toJson();
    }

    private static byte[] read(Path p) throws Exception {
        try (FSDataInputStream in = fs.open(p)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aSecondCreateFindsTheRecordAndLeavesItUnchanged() throws Exception {
        Path p = new Path("/out/_commits/sweep=s/c0ffee.json");
        assertEquals("hdfs", fs.getUri().getScheme());
        assertTrue(HadoopExclusiveCreate.createIfAbsent(fs, p, record("a1")), "creates missing parents too");
        assertFalse(HadoopExclusiveCreate.createIfAbsent(fs, p, record("a2")));
        assertArrayEquals(record("a1"), read(p));
        assertEquals("a1", CommitRecord.parse(read(p)).attempt());
    }

    @Test
    void ofAttemptsRacingForOneRecordExactlyOneWins() throws Exception {
        int attempts = 6;
        for (int round = 0; round < 5; round++) {
            Path p = new Path("/race/" + round + "/c0ffee.json");
            CyclicBarrier start = new CyclicBarrier(attempts);
            ExecutorService pool = Executors.newFixedThreadPool(attempts);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < attempts; i++) {
                    String attempt = "a" + i;
                    results.add(pool.submit(() -> {
                        start.await(60, TimeUnit.SECONDS);
                        return HadoopExclusiveCreate.createIfAbsent(fs, p, record(attempt));
                    }));
                }
                List<String> winners = new ArrayList<>();
                for (int i = 0; i < attempts; i++) {
                    if (results.get(i).get(120, TimeUnit.SECONDS)) {
                        winners.add("a" + i);
                    }
                }
                assertEquals(1, winners.size(), "round " + round + ": winners " + winners);
                assertArrayEquals(record(winners.get(0)), read(p), "the record is the winner's, whole");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void theLocalFilesystemIsRefusedSinceItsCreateIsNotAtomic() throws Exception {
        FileSystem local = FileSystem.getLocal(new Configuration());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HadoopExclusiveCreate
                .createIfAbsent(local, new Path(base.resolve("x.json").toUri()), "x".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("Hadoop's local create is not atomic"), e.getMessage());
    }
}
