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
        f.add(Columns.requiredLong(Trajectory.STEP));
        f.add(Columns.requiredDouble(Trajectory.TIME));
        f.add(Columns.optionalDouble(Trajectory.TEST_LOSS));
        f.add(Columns.optionalDouble(Trajectory.TEST_ACCURACY));
        f.add(Columns.requiredDouble(Trajectory.IPR_MEAN));
        f.add(Columns.requiredDouble(Trajectory.IPR_MAX));
        f.add(Columns.doubleList(Trajectory.IPR_PER_NEURON));
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
                row.lng(Trajectory.STEP, t.steps()[s]);
                row.dbl(Trajectory.TIME, t.times()[s]);
                row.dblOrNull(Trajectory.TEST_LOSS, t.testLoss()[s]);
                row.dblOrNull(Trajectory.TEST_ACCURACY, t.testAccuracy()[s]);
                row.dbl(Trajectory.IPR_MEAN, t.iprMean()[s]);
                row.dbl(Trajectory.IPR_MAX, t.iprMax()[s]);
                row.doubles(Trajectory.IPR_PER_NEURON, t.iprPerNeuron()[s]);
                Provenance.write(row, o.spec().kernelVersion(), conf);
            });
        }
        return rows;
    }
}
