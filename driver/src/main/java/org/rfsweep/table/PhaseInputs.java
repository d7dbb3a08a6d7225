package org.rfsweep.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.rfsweep.kernel.Sha256;
import org.rfsweep.store.Publish;

/**
 * What a sweep's phase table was computed from: a hash of its runs files (name, size, modification
 * time), the code version, the spec hash and the table's column model (a kernel that grew a
 * parameter gives the table a new column even when nothing else changed), kept next to the phase file as
 * {@code _inputs.sha256} (an underscore name, which Parquet readers skip). A run with nothing left
 * to do whose phase table is current starts no Spark and rewrites nothing; any change to the runs
 * files (a chunk committed, a purge, a quarantine, a copy), to the code or to the spec makes the
 * table stale, and the next run rewrites it.
 */
public final class PhaseInputs {
    static final String FILE = "_inputs.sha256";

    private PhaseInputs() {
    }

    /** The fingerprint of what the phase table of {@code sweep} would be computed from now. */
    public static String fingerprint(OutputLayout layout, String sweep, String gitCommit, String specHash,
                                     PhaseColumns columns) throws IOException {
        StringBuilder sb = new StringBuilder(gitCommit).append('\n').append(specHash).append('\n')
                .append(columns.signature()).append('\n');
        for (Path p : layout.partFiles(Table.RUNS, sweep)) {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            sb.append(p.getFileName()).append(' ').append(a.size()).append(' ')
                    .append(a.lastModifiedTime().toMillis()).append('\n');
        }
        return Sha256.hex(sb.toString(), 32);
    }

    /** Whether the phase file exists and was computed from exactly {@code fingerprint}. */
    public static boolean isCurrent(OutputLayout layout, String sweep, String fingerprint) throws IOException {
        Path dir = layout.partitionDir(Table.PHASE, sweep);
        Path record = dir.resolve(FILE);
        Path phase = dir.resolve("part-phase.parquet");
        return Files.isRegularFile(record) && PartFileCheck.problemOf(phase, Table.PHASE) == null
                && Files.readString(record, StandardCharsets.UTF_8).strip().equals(fingerprint);
    }

    /** Records, after the phase file was replaced, what it was computed from. */
    public static void record(OutputLayout layout, String sweep, String fingerprint) throws IOException {
        Publish.bytes(layout.partitionDir(Table.PHASE, sweep).resolve(FILE),
                (fingerprint + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Forgets the record (before the phase file is replaced), so a crash in between leaves it stale. */
    public static void forget(OutputLayout layout, String sweep) throws IOException {
        Files.deleteIfExists(layout.partitionDir(Table.PHASE, sweep).resolve(FILE));
    }
}
