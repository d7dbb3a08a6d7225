package org.rfsweep.testkit;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Assumptions;

/**
 * An S3-protocol server for tests: {@code moto_server} on 127.0.0.1 at a free port, with one bucket,
 * and the S3A settings to reach it (hadoop-aws 3.4.2, Spark 4.1.3's Hadoop). {@link #start()} from
 * a {@code @BeforeAll} aborts the test class, with the reason, where moto_server is not installed:
 * such tests are reported skipped, never silently passed.
 */
public final class MotoS3 {
    public static final String BUCKET = "rfsweep-test";

    private final Process process;
    private final int port;
    private final Path log;

    private MotoS3(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts moto_server, waits until it answers, and creates {@link #BUCKET}. */
    public static MotoS3 start() throws Exception {
        String exe = findOnPath("moto_server");
        Assumptions.assumeTrue(exe != null, "moto_server is not on PATH (pip install 'moto[server]'): the S3 tests "
                + "are skipped");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = Files.createTempFile("moto-", ".log");
        Process p = new ProcessBuilder(exe, "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        MotoS3 moto = new MotoS3(p, port, log);
        try {
            moto.awaitBucket();
        } catch (Exception | AssertionError e) {
            moto.stop();
            throw e;
        }
        return moto;
    }

    private void awaitBucket() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server exited: " + Files.readString(log));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(endpoint("/" + BUCKET))
                        .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("creating bucket " + BUCKET + ": " + r.statusCode() + " " + r.body());
                }
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("moto_server did not answer on port " + port, e);
                }
                Thread.sleep(200);
            }
        }
    }

    /** Stops moto_server and the processes it started. */
    public void stop() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            process.waitFor(20, TimeUnit.SECONDS);
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // a leftover temp log is harmless
        }
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port><path>}. */
    public URI endpoint(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** {@code s3a://rfsweep-test/}. */
    public URI bucketUri() {
        return URI.create("s3a://" + BUCKET + "/");
    }

    /** S3A settings for this server, with conditional (If-None-Match) writes on. */
    public Configuration conf() {
        return conf(true);
    }

    /** S3A settings for this server; {@code conditional} sets {@code fs.s3a.create.conditional.enabled}. */
    public Configuration conf(boolean conditional) {
        Configuration conf = new Configuration(); // core-default.xml maps s3a:// to S3AFileSystem
        conf.setBoolean("fs.s3a.impl.disable.cache", true);
        settings().forEach(conf::set);
        conf.setBoolean("fs.s3a.create.conditional.enabled", conditional);
        return conf;
    }

    /**
     * The S3A settings that reach this server, as a user gives them for an S3-compatible endpoint
     * (each as {@code spark.hadoop.<key>}); conditional writes are left at S3A's default.
     */
    public Map<String, String> settings() {
        return Map.of(
                "fs.s3a.endpoint", "http://127.0.0.1:" + port,
                "fs.s3a.endpoint.region", "us-east-1",
                "fs.s3a.path.style.access", "true",
                "fs.s3a.connection.ssl.enabled", "false",
                "fs.s3a.access.key", "test",
                "fs.s3a.secret.key", "test",
                "fs.s3a.aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider",
                "fs.s3a.attempts.maximum", "1",
                "fs.s3a.retry.limit", "1");
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
}
