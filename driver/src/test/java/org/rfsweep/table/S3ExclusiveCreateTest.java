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
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.testkit.MotoS3;

/**
 * The commit primitive on an S3-protocol server: {@code moto_server} on 127.0.0.1, started and
 * stopped by this test through {@link MotoS3} (skipped, with the reason, where it is not installed), through S3A of
 * hadoop-aws 3.4.2 (Spark 4.1.3's Hadoop) and its conditional create ({@code If-None-Match: *}).
 */
class S3ExclusiveCreateTest {
    private static MotoS3 moto;

    @BeforeAll
    static void start() throws Exception {
        moto = MotoS3.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (moto != null) {
            moto.stop();
        }
    }

    private static FileSystem s3a(boolean conditional) throws Exception {
        return FileSystem.newInstance(moto.bucketUri(), moto.conf(conditional));
    }

    private static byte[] record(String attempt) {
        return new CommitRecord("c0ffee", attempt, Map.of(Table.RUNS,
                new CommitRecord.FileEntry("part-c0ffee." + attempt + ".parquet", 3, 1234)),
                Map.of(TrialStatus.OK, List.of("t1", "t2", "t3"))).toJson();
    }

    private static byte[] read(FileSystem fs, Path p) throws Exception {
        try (FSDataInputStream in = fs.open(p)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aSecondCreateFindsTheRecordAndLeavesItUnchanged() throws Exception {
        try (FileSystem fs = s3a(true)) {
            Path p = new Path("s3a://" + MotoS3.BUCKET + "/out/_commits/sweep=s/c0ffee.json");
            assertTrue(HadoopExclusiveCreate.createIfAbsent(fs, p, record("a1")));
            assertFalse(HadoopExclusiveCreate.createIfAbsent(fs, p, record("a2")));
            assertArrayEquals(record("a1"), read(fs, p));
        }
    }

    @Test
    void ofAttemptsRacingForOneRecordExactlyOneWins() throws Exception {
        int attempts = 6;
        try (FileSystem fs = s3a(true)) {
            for (int round = 0; round < 3; round++) {
                Path p = new Path("s3a://" + MotoS3.BUCKET + "/race/" + round + "/c0ffee.json");
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
                    assertArrayEquals(record(winners.get(0)), read(fs, p));
                } finally {
                    pool.shutdownNow();
                }
            }
        }
    }

    @Test
    void withoutConditionalWritesItFailsInsteadOfOverwriting() throws Exception {
        try (FileSystem fs = s3a(false)) {
            Path p = new Path("s3a://" + MotoS3.BUCKET + "/off/c0ffee.json");
            Exception e = assertThrows(Exception.class,
                    () -> HadoopExclusiveCreate.createIfAbsent(fs, p, "x".getBytes(StandardCharsets.UTF_8)));
            assertFalse(fs.exists(p), "nothing written: " + e);
        }
    }
}
