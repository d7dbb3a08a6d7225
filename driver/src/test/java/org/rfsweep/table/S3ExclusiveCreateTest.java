package org.rfsweep.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.kernel.TrialStatus;

/**
 * The commit primitive on an S3-protocol server: {@code moto_server} on 127.0.0.1, started and
 * stopped by this test (skipped, with the reason, where it is not installed), through S3A of
 * hadoop-aws 3.4.2 (Spark 4.1.3's Hadoop) and its conditional create ({@code If-None-Match: *}).
 */
class S3ExclusiveCreateTest {
    private static final String BUCKET = "rfsweep-test";

    @TempDir
    static java.nio.file.Path logs;

    private static Process moto;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        String exe = findOnPath("moto_server");
        Assumptions.assumeTrue(exe != null, "moto_server is not on PATH (pip install 'moto[server]'): the S3 test "
                + "of the commit primitive is skipped");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        moto = new ProcessBuilder(exe, "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(logs.resolve("moto.log").toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            assertTrue(moto.isAlive(), "moto_server exited: " + java.nio.file.Files.readString(logs.resolve("moto.log")));
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(endpoint("/" + BUCKET))
                        .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                break;
            } catch (java.io.IOException e) {
                assertTrue(System.nanoTime() < deadline, "moto_server did not answer on port " + port);
                Thread.sleep(200);
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (moto != null) {
            List<ProcessHandle> children = moto.descendants().toList();
            moto.destroy();
            children.forEach(ProcessHandle::destroy);
            if (!moto.waitFor(20, TimeUnit.SECONDS)) {
                moto.destroyForcibly();
                children.forEach(ProcessHandle::destroyForcibly);
                moto.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    private static URI endpoint(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String findOnPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File f = new File(dir, name);
            if (f.canExecute()) {
                return f.getAbsolutePath();
            }
        }
        File shim = new File("/root/.pyenv/shims/" + name);
        return shim.canExecute() ? shim.getAbsolutePath() : null;
    }

    private static FileSystem s3a(boolean conditional) throws Exception {
        Configuration conf = new Configuration(); // core-default.xml maps s3a:// to S3AFileSystem
        conf.setBoolean("fs.s3a.impl.disable.cache", true);
        conf.set("fs.s3a.endpoint", "http://127.0.0.1:" + port);
        conf.set("fs.s3a.endpoint.region", "us-east-1");
        conf.setBoolean("fs.s3a.path.style.access", true);
        conf.setBoolean("fs.s3a.connection.ssl.enabled", false);
        conf.set("fs.s3a.access.key", "test");
        conf.set("fs.s3a.secret.key", "test");
        conf.set("fs.s3a.aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
        conf.setInt("fs.s3a.attempts.maximum", 1);
        conf.setInt("fs.s3a.retry.limit", 1);
        conf.setBoolean("fs.s3a.create.conditional.enabled", conditional);
        return FileSystem.newInstance(URI.create("s3a://" + BUCKET + "/"), conf);
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
            Path p = new Path("s3a://" + BUCKET + "/out/_commits/sweep=s/c0ffee.json");
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
                Path p = new Path("s3a://" + BUCKET + "/race/" + round + "/c0ffee.json");
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
            Path p = new Path("s3a://" + BUCKET + "/off/c0ffee.json");
            Exception e = assertThrows(Exception.class,
                    () -> HadoopExclusiveCreate.createIfAbsent(fs, p, "x".getBytes(StandardCharsets.UTF_8)));
            assertFalse(fs.exists(p), "nothing written: " + e);
        }
    }
}
