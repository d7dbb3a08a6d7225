package org.rfsweep.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.plan.Committed;

/**
 * Every committed trial of an output, as a run of one sweep sees it: that sweep's own rows, and
 * the rows of the other sweeps, from which a trial with the same id is copied instead of being
 * computed again (DESIGN.md "Identity": a finished id is never computed twice). A source must be
 * whole: a chunk with an unreadable trajectories or receptive_fields file is no source.
 */
public final class OutputTrials implements Committed {
    private final RunsIndex own;
    private final List<RunsIndex> others;
    private final Set<Path> brokenChunks;

    private OutputTrials(RunsIndex own, List<RunsIndex> others, Set<Path> brokenChunks) {
        this.own = own;
        this.others = List.copyOf(others);
        this.brokenChunks = Set.copyOf(brokenChunks);
    }

    /** Reads the runs of {@code sweep} and of every other sweep under {@code layout} (sweeps sorted by name). */
    public static OutputTrials read(OutputLayout layout, String sweep) {
        List<RunsIndex> others = new ArrayList<>();
        Set<Path> broken = new HashSet<>();
        for (String s : layout.sweeps(Table.RUNS)) {
            if (!s.equals(sweep)) {
                SweepCommits commits = SweepCommits.read(layout, s);
                others.add(RunsIndex.read(commits));
                for (Table t : List.of(Table.TRAJECTORIES, Table.RECEPTIVE_FIELDS)) {
                    for (BadFile b : commits.scan(t).bad()) {
                        Path runs = commits.file(Table.RUNS, OutputLayout.chunkIdOf(b.file()));
                        if (runs != null) {
                            broken.add(runs);
                        }
                    }
                }
            }
        }
        return new OutputTrials(RunsIndex.read(layout, sweep), others, broken);
    }

    /** This sweep's own committed trials. */
    public RunsIndex own() {
        return own;
    }

    @Override
    public TrialStatus inSweep(String trialId) {
        return own.status(trialId);
    }

    @Override
    public TrialStatus elsewhere(String trialId) {
        RunsIndex source = sourceOf(trialId);
        return source == null ? null : source.status(trialId);
    }

    /** The sweep to copy {@code trialId} from: the first (by name) holding it ok or diverged, else failed; or null. */
    public RunsIndex sourceOf(String trialId) {
        RunsIndex failed = null;
        for (RunsIndex other : others) {
            TrialStatus s = other.status(trialId);
            if (s == null || brokenChunks.contains(other.fileOf(trialId))) {
                continue;
            }
            if (s != TrialStatus.FAILED) {
                return other;
            }
            if (failed == null) {
                failed = other;
            }
        }
        return failed;
    }
}
