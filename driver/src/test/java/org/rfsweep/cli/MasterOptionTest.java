package org.rfsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
