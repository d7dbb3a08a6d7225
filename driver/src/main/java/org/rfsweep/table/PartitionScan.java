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

    /** Checks every part file of {@code table}'s partition of {@code sweep}. */
    public static PartitionScan of(OutputLayout layout, Table table, String sweep) {
        List<Path> readable = new ArrayList<>();
        List<BadFile> bad = new ArrayList<>();
        for (Path p : layout.partFiles(table, sweep)) {
            String problem = PartFileCheck.problemOf(p, table);
            if (problem == null) {
                readable.add(p);
            } else {
                bad.add(new BadFile(table, sweep, p, problem));
            }
        }
        return new PartitionScan(readable, bad);
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
