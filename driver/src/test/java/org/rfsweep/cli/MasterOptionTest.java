package org.rfsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Under spark-submit the master comes from spark.master; an explicit --master still wins. */
class MasterOptionTest {
    @Command(name = "probe")
    static final class Probe {
        @Mixin
        MasterOption master;
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty("spark.master");
    }

    private static String parse(String... args) {
        Probe p = new Probe();
        new CommandLine(p).parseArgs(args);
        return p.master.master();
    }

    @Test
    void embeddedByDefault() {
        System.clearProperty("spark.master");
        assertEquals("local[*]", parse());
    }

    @Test
    void sparkSubmitsMasterWhenSet() {
        System.setProperty("spark.master", "spark://127.0.0.1:7077");
        assertEquals("spark://127.0.0.1:7077", parse());
    }

    @Test
    void explicitOptionWins() {
        System.setProperty("spark.master", "spark://127.0.0.1:7077");
        assertEquals("local[2]", parse("--master", "local[2]"));
    }

    @Test
    void everyFormSparkAcceptsIsAcceptedAndOthersAreRefused() {
        for (String ok : new String[] {"local", "local[4]", "local[*]", "local[2,3]", "local[*,4]",
            "local-cluster[2,1,1024]", "spark://127.0.0.1:7077", "spark://h1:7077,h2:7077", "yarn",
            "k8s://https://10.0.0.1:6443"}) {
            assertEquals(ok, parse("--master", ok));
        }
        for (String bad : new String[] {"bogus://x", "local[x]", "local[2", "spark:/h:7077", "", "yarn-client"}) {
            CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
                    () -> parse("--master", bad));
            assertTrue(e.getMessage().contains("is not a Spark master URL"), e.getMessage());
        }
    }

    @Test
    void aBadMasterIsOneLineExitTwoAndNothingWritten(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path out = dir.resolve("out");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Main.execute(new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8),
                "run", "../sweeps/quickstart.yaml", "--master", "bogus://x", "--out", out.toString());
        String message = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, code, message);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("'bogus://x' is not a Spark master URL"), message);
        assertFalse(java.nio.file.Files.exists(out), "nothing written");
    }
}
