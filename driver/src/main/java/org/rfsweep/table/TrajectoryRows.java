package org.rfsweep.table;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.rfsweep.kernel.Trajectory;

/**
 * The {@code trajectories} table: one row per snapshot of each trial. Columns: trial_id, step,
 * time, test_loss and test_accuracy (null at snapshots without a test evaluation), ipr_mean,
 * ipr_max, ipr_per_neuron (list), and the provenance columns.
 */
public final class TrajectoryRows {
    private static final MessageType SCHEMA = Columns.message("trajectories", fields());

    public MessageType schema() {
        return SCHEMA;
    }

    private static List<Type> fields() {
        List<Type> f = new ArrayList<>();
        f.add(Columns.requiredString(RunsRows.TRIAL_ID));
        f.add(Columns.requiredLong("step"));
        f.add(Columns.requiredDouble("time"));
        f.add(Columns.optionalDouble("test_loss"));
        f.add(Columns.optionalDouble("test_accuracy"));
        f.add(Columns.requiredDouble("ipr_mean"));
        f.add(Columns.requiredDouble("ipr_max"));
        f.add(Columns.doubleList("ipr_per_neuron"));
        f.addAll(Provenance.fields());
        return f;
    }

    /** The rows of one trial's trajectory, in snapshot order. */
    public List<ParquetRow> rows(TrialOutcome o, WriteConf conf) {
        Trajectory t = o.result().trajectory();
        List<ParquetRow> rows = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            int s = i;
            rows.add(row -> {
                row.string(RunsRows.TRIAL_ID, o.spec().trialId());
                row.lng("step", t.steps()[s]);
                row.dbl("time", t.times()[s]);
                row.dblOrNull("test_loss", t.testLoss()[s]);
                row.dblOrNull("test_accuracy", t.testAccuracy()[s]);
                row.dbl("ipr_mean", t.iprMean()[s]);
                row.dbl("ipr_max", t.iprMax()[s]);
                row.doubles("ipr_per_neuron", t.iprPerNeuron()[s]);
                Provenance.write(row, o.spec().kernelVersion(), conf);
            });
        }
        return rows;
    }
}
