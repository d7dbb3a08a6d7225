package org.rfsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.parquet.example.data.simple.SimpleGroup;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.ParquetFiles;
import org.rfsweep.table.Table;
import org.rfsweep.testkit.TableSnapshot;

/**
 * A finished sweep with a runs file truncated by half, a foreign non-Parquet file in runs, a
 * Parquet file of another schema in trajectories and an empty file in receptive_fields: every
 * command names the files; status lists them, plan counts their trials as to run, sql and report
 * work on the rest and say what they skipped, and run sets them aside and recomputes, after which
 * the tables equal an uninterrupted run's.
 */
class CorruptFilesTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandNamesTheBadFilesAndRunRepairsTheSweep() throws Exception {
        Path spec = dir.resolve("corrupt.yaml");
        Files.writeString(spec, String.join("\n", "name: corrupt", "kernel: test-kernel", "fixed: {width: 2}",
                "grid:", "  x: [0.5, 2, 3]", "  seed: {range: [0, 4]}", ""));
        Path ref = dir.resolve("ref");
        Path out = dir.resolve("out");
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", ref.toString(), "--master", "local[2]").exitCode());
        assertEquals(0, CliRun.of("run", spec.toString(), "--out", out.toString(), "--master", "local[2]").exitCode());

        OutputLayout layout = new OutputLayout(out);
        Path truncated = layout.partFiles(Table.RUNS, "corrupt").get(0);
        long lost = ParquetFiles.rowCount(truncated);
        try (FileChannel ch = FileChannel.open(truncated, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() / 2);
        }
        Path notParquet = layout.partitionDir(Table.RUNS, "corrupt").resolve("part-zzz.parquet");
        Files.writeString(notParquet, "this is not a Parquet file\n");
        Path foreign = layout.partitionDir(Table.TRAJECTORIES, "corrupt").resolve("part-yyy.parquet");
        MessageType other = new MessageType("other", Types.required(PrimitiveTypeName.DOUBLE).named("a"));
        SimpleGroup row = new SimpleGroup(other);
        row.add("a", 1.0);
        ParquetFiles.write(foreign, other, List.of(row));
        Path empty = Files.createFile(layout.partitionDir(Table.RECEPTIVE_FIELDS, "corrupt").resolve("part-empty.parquet"));
        List<String> problems = List.of(
                truncated + ": truncated or damaged Parquet file",
                notParquet + ": not a Parquet file (no PAR1 magic at the start)",
                foreign + ": not a trajectories file: no column trial_id",
                empty + ": empty file (0 bytes)");

        CliRun status = CliRun.of("status", "--out", out.toString(), spec.toString());
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().lines().anyMatch(l -> l.matches("corrupt +" + (12 - lost) + " +" + (12 - lost)
                + " +0 +0 +" + lost)), "the unreadable file's trials are missing:\n" + status.out());
        assertTrue(status.out().contains("4 unreadable file(s)"), status.out());
        problems.forEach(p -> assertTrue(status.out().contains(p), p + " in\n" + status.out()));
        assertFalse(status.out().contains("LocalInputFile"), status.out());

        CliRun plan = CliRun.of("plan", spec.toString(), "--out", out.toString());
        assertEquals(0, plan.exitCode(), plan.err());
        assertTrue(plan.out().contains("to run: " + lost), plan.out());
        problems.forEach(p -> assertTrue(plan.err().contains(p), p + " in\n" + plan.err()));

        CliRun sql = CliRun.of("sql", "--out", out.toString(), "--master", "local[1]", "--csv",
                "SELECT (SELECT count(*) FROM runs) AS r, (SELECT count(*) FROM trajectories) AS t, "
                        + "(SELECT count(*) FROM receptive_fields) AS f");
        assertEquals(0, sql.exitCode(), sql.err());
        assertEquals(List.of("r,t,f", (12 - lost) + "," + 12 * 4 + "," + 12 * 2), sql.out().lines().toList());
        problems.forEach(p -> assertTrue(sql.err().contains("skipped unreadable " + p), p + " in\n" + sql.err()));

        CliRun report = CliRun.of("report", "corrupt", "--out", out.toString(), "--dir",
                dir.resolve("report").toString(), "--master", "local[1]");
        assertEquals(0, report.exitCode(), report.err());
        problems.forEach(p -> assertTrue(report.err().contains("skipped unreadable " + p), p + " in\n" + report.err()));

        CliRun run = CliRun.of("run", spec.toString(), "--out", out.toString(), "--master", "local[2]");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith(lost + " trials run (" + lost + " ok"), run.out());
        assertTrue(run.err().contains("set aside unreadable " + truncated), run.err());
        List<String> quarantined;
        try (Stream<Path> s = Files.walk(layout.quarantineDir())) {
            quarantined = s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
        String chunk = truncated.getFileName().toString();
        String record = OutputLayout.chunkIdOf(truncated) + ".json";
        assertEquals(List.of(record, chunk, chunk, chunk, "part-empty.parquet", "part-yyy.parquet", "part-zzz.parquet"),
                quarantined, "every bad file, with the truncated chunk's other two files and its commit record, kept aside");

        CliRun after = CliRun.of("status", "--out", out.toString(), spec.toString());
        assertFalse(after.out().contains("unreadable"), after.out());
        for (Table t : List.of(Table.RUNS, Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS, Table.PHASE)) {
            Set<String> without = t == Table.RUNS ? TableSnapshot.RUN_VOLATILE : Set.of();
            assertEquals(TableSnapshot.of(ref, t, "corrupt", without), TableSnapshot.of(out, t, "corrupt", without),
                    t + " equals the uninterrupted run's");
        }
    }
}
