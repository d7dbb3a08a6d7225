package org.rfsweep.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rfsweep.store.Publish;
import org.rfsweep.store.StorePaths;

/**
 * The spec texts and run records of each sweep, for {@code report}: under
 * {@code <root>/_specs/sweep=<name>/}, {@code <spec_hash>.yaml} holds the spec as the user wrote
 * it (written once, atomically) and {@code runs.log} gets one line per run: start time, Spark
 * master, git commit, spec hash, tab-separated. The underscore keeps it out of Spark's partition
 * discovery; outputs written before it existed simply have no entry.
 */
public final class SpecStore {
    private static final String DIR = "_specs";
    private static final String LOG = "runs.log";

    private SpecStore() {
    }

    /** One line of runs.log. */
    public record RunRecord(String started, String master, String gitCommit, String specHash) {
    }

    static Path dir(OutputLayout layout, String sweep) {
        return layout.root().resolve(DIR).resolve("sweep=" + sweep);
    }

    /** Stores the spec text (once per hash) and appends the run's record; called under the output lock. */
    public static void record(OutputLayout layout, String sweep, String specHash, String specText, String master,
                              String gitCommit) throws IOException {
        Path dir = Files.createDirectories(dir(layout, sweep));
        Path spec = dir.resolve(specHash + ".yaml");
        if (!Files.exists(spec)) {
            Publish.bytes(spec, specText.getBytes(StandardCharsets.UTF_8));
        }
        String line = String.join("\t", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), oneLine(master),
                oneLine(gitCommit), specHash) + "\n";
        Path log = dir.resolve(LOG);
        if (!StorePaths.isHadoop(log)) {
            Files.writeString(log, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } else { // object stores cannot append (nor, here, HDFS): the log is rewritten whole (small; we hold the lock)
            String before = Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            Publish.bytes(log, (before + line).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The stored spec text of that hash, if any. */
    public static Optional<String> specText(OutputLayout layout, String sweep, String specHash) throws IOException {
        Path spec = dir(layout, sweep).resolve(specHash + ".yaml");
        return Files.isRegularFile(spec) ? Optional.of(Files.readString(spec, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** The run records, oldest first; empty for outputs written before the store existed. */
    public static List<RunRecord> runs(OutputLayout layout, String sweep) throws IOException {
        Path log = dir(layout, sweep).resolve(LOG);
        List<RunRecord> out = new ArrayList<>();
        if (Files.isRegularFile(log)) {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length == 4) {
                    out.add(new RunRecord(f[0], f[1], f[2], f[3]));
                }
            }
        }
        return out;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\t\\r\\n]", " ");
    }
}
