package org.rfsweep.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;
import org.rfsweep.kernel.TrialStatus;

/**
 * The committed trials of one sweep, read from its commit records (and, for chunks of outputs
 * written before records, from the trial_id and status columns of their runs files): each
 * trial's status and the file that holds its row. {@code plan} and {@code status} need no Spark, and holds them in a {@link TrialIdTable} (about 14 bytes per trial). A runs file that
 * does not read is left out and reported in {@link #bad()}: its trials count as missing.
 */
public final class RunsIndex {
    private static final MessageType PROJECTION = new MessageType("runs",
            Columns.requiredString(RunsRows.TRIAL_ID), Columns.requiredString(RunsRows.STATUS));
    private static final TrialStatus[] STATUSES = TrialStatus.values();
    private static final int NONE = -1;

    private final String sweep;
    private final List<Path> files;
    private final TrialIdTable trials;
    private final List<BadFile> bad;

    private RunsIndex(String sweep, List<Path> files, TrialIdTable trials, List<BadFile> bad) {
        this.sweep = sweep;
        this.files = List.copyOf(files);
        this.trials = trials;
        this.bad = List.copyOf(bad);
    }

    /** Reads every committed runs file of {@code sweep} under {@code layout}. */
    public static RunsIndex read(OutputLayout layout, String sweep) {
        return read(SweepCommits.read(layout, sweep));
    }

    /**
     * Reads the committed trials of {@code commits}: a chunk with a commit record from the record
     * (its runs file only checked by size, no footer opened), a chunk of an older output from its
     * runs file (trial_id and status columns).
     */
    public static RunsIndex read(SweepCommits commits) {
        String sweep = commits.sweep();
        PartitionScan scan = commits.scan(Table.RUNS);
        List<BadFile> bad = new ArrayList<>(scan.bad());
        List<Path> files = new ArrayList<>();
        TrialIdTable.Builder trials = new TrialIdTable.Builder();
        for (Path file : scan.readable()) {
            List<String> ids = new ArrayList<>();
            List<TrialStatus> statuses = new ArrayList<>();
            CommitRecord record = commits.recordOf(Table.RUNS, file);
            if (record != null) {
                record.trials().forEach((s, list) -> list.forEach(id -> {
                    ids.add(id);
                    statuses.add(s);
                }));
            } else {
                try {
                    readRows(file, ids, statuses);
                } catch (IOException | RuntimeException e) {
                    bad.add(new BadFile(Table.RUNS, sweep, file, "damaged rows (" + PartFileCheck.plain(e) + ")"));
                    continue;
                }
            }
            int fileIndex = files.size();
            files.add(file);
            for (int i = 0; i < ids.size(); i++) {
                trials.put(ids.get(i), fileIndex << 2 | statuses.get(i).ordinal());
            }
        }
        return new RunsIndex(sweep, files, trials.build(), bad);
    }

    private static void readRows(Path file, List<String> ids, List<TrialStatus> statuses) throws IOException {
        for (Group g : ParquetFiles.read(file, PROJECTION)) {
            ids.add(g.getString(RunsRows.TRIAL_ID, 0));
            statuses.add(TrialStatus.valueOf(g.getString(RunsRows.STATUS, 0).toUpperCase(Locale.ROOT)));
        }
    }

    public String sweep() {
        return sweep;
    }

    /** The committed status of {@code trialId}, or null if the sweep has no row for it. */
    public TrialStatus status(String trialId) {
        int v = trials.get(trialId, NONE);
        return v == NONE ? null : STATUSES[v & 3];
    }

    /** The runs file holding {@code trialId}'s row, or null. */
    public Path fileOf(String trialId) {
        int v = trials.get(trialId, NONE);
        return v == NONE ? null : files.get(v >>> 2);
    }

    public long count(TrialStatus status) {
        long n = 0;
        for (int v : trials.values()) {
            n += (v & 3) == status.ordinal() ? 1 : 0;
        }
        return n;
    }

    /** Committed trials. */
    public int size() {
        return trials.size();
    }

    /** The sweep's runs files that could not be read, left out of this index. */
    public List<BadFile> bad() {
        return bad;
    }
}
