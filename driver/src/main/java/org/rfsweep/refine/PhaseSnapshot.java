package org.rfsweep.refine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.parquet.example.data.Group;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.spec.SweepSpec;
import org.rfsweep.table.PhaseColumns;
import org.rfsweep.table.OutputLayout;
import org.rfsweep.table.ParquetFiles;
import org.rfsweep.table.Table;

/**
 * The phase table of one sweep as read from disk with parquet-hadoop (no Spark): its rows and the
 * number of trials they aggregate, which equals the sweep's {@code runs} row count exactly when
 * the table is up to date.
 */
final class PhaseSnapshot {
    private final List<Group> rows;
    private final long trials;

    private PhaseSnapshot(List<Group> rows, long trials) {
        this.rows = rows;
        this.trials = trials;
    }

    static PhaseSnapshot read(OutputLayout layout, String sweep) throws IOException {
        List<Group> rows = new ArrayList<>();
        long trials = 0;
        // an unreadable phase file counts as none: the refine's run then sets it aside and rebuilds it
        for (Path f : org.rfsweep.table.PartitionScan.of(layout, Table.PHASE, sweep).readable()) {
            for (Group g : ParquetFiles.read(f, null)) {
                rows.add(g);
                trials += g.getLong(PhaseColumns.N_TRIALS, 0);
            }
        }
        return new PhaseSnapshot(rows, trials);
    }

    /** Trials aggregated in the table (sum of n_trials). */
    long trials() {
        return trials;
    }

    /**
     * The series of {@code target}'s metric along its axis, one per combination of the other swept
     * parameters, from the rows that are grid points of {@code spec} (rows of trials no longer in
     * the spec, e.g. after a fixed value changed, are ignored).
     */
    List<BracketFinder.Series> series(SweepSpec spec, RefineTarget target) {
        ParamSchema schema = spec.kernel().schema();
        List<String> others = RefinedSweep.otherParameters(spec, target.axis());
        List<String> allButSeed = new ArrayList<>();
        for (ParamDef p : schema.params()) {
            if (!p.name().equals(PhaseColumns.SEED)) {
                allButSeed.add(p.name());
            }
        }
        Set<SortedMap<String, String>> gridPoints = new HashSet<>();
        for (Iterator<TrialSpec> it = spec.trials(); it.hasNext(); ) {
            gridPoints.add(GridPointKey.of(schema, it.next().params(), allButSeed));
        }
        Set<String> allColumns = GridPointKey.columnsOf(schema, allButSeed).keySet();
        Set<String> otherColumns = GridPointKey.columnsOf(schema, others).keySet();
        // combinations in a stable order (by their text), so reports and added points are deterministic
        Map<SortedMap<String, String>, List<BracketFinder.Point>> byCombination =
                new TreeMap<>(Comparator.comparing(Object::toString));
        for (Group row : rows) {
            SortedMap<String, String> key = new TreeMap<>();
            for (String c : allColumns) {
                key.put(c, GridPointKey.text(row, c));
            }
            if (!gridPoints.contains(key)) {
                continue;
            }
            SortedMap<String, String> at = new TreeMap<>(key);
            at.keySet().retainAll(otherColumns);
            String m = GridPointKey.text(row, target.metric());
            double metric = m == null ? Double.NaN : Double.parseDouble(m);
            byCombination.computeIfAbsent(at, k -> new ArrayList<>()).add(new BracketFinder.Point(
                    Double.parseDouble(key.get(target.axis())), metric, row.getLong(PhaseColumns.N_TRIALS, 0)));
        }
        List<BracketFinder.Series> series = new ArrayList<>();
        byCombination.forEach((at, points) -> series.add(BracketFinder.find(at, points, target.level())));
        return series;
    }

    /** The metric's smallest and largest defined value over the rows, or null if none. */
    double[] range(String column) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Group row : rows) {
            String m = GridPointKey.text(row, column);
            if (m != null && !Double.isNaN(Double.parseDouble(m))) {
                lo = Math.min(lo, Double.parseDouble(m));
                hi = Math.max(hi, Double.parseDouble(m));
            }
        }
        return lo <= hi ? new double[] {lo, hi} : null;
    }
}
