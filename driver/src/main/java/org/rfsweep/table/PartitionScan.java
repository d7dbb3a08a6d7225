package org.rfsweep.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way every reader of the output lists a table partition's part files: those that read
 * and those that do not ({@link PartFileCheck}), so a truncated or foreign file is named and
 * skipped instead of failing the command. {@code status} lists the bad files, {@code run} sets
 * them aside ({@link Quarantine}), {@code plan}, {@code sql} and {@code report} say they skip them.
 *
 * @param readable the part files that read, sorted by name
 * @param bad      the others, with their problem
 */
public record PartitionScan(List<Path> readable, List<BadFile> bad) {
    public PartitionScan {
        readable = List.copyOf(readable);
        bad = List.copyOf(bad);
    }

    /** Checks every committed part file of {@code table}'s partition of {@code sweep} ({@link SweepCommits#scan}). */
    public static PartitionScan of(OutputLayout layout, Table table, String sweep) {
        return SweepCommits.read(layout, sweep).scan(table);
    }

    /** The bad files of every partition of every table under {@code layout}. */
    public static List<BadFile> badFiles(OutputLayout layout) {
        List<BadFile> bad = new ArrayList<>();
        for (Table t : Table.values()) {
            for (String sweep : layout.sweeps(t)) {
                bad.addAll(of(layout, t, sweep).bad());
            }
        }
        return bad;
    }
}
