package org.rfsweep.table;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.rfsweep.kernel.NeuronResult;

/**
 * The {@code receptive_fields} table: one row per hidden neuron of each trial's final network.
 * Columns: trial_id, neuron, bias, weights (list), ipr, centre and width (lists, one entry per
 * input axis), peak_mass, localised, and the provenance columns.
 */
public final class ReceptiveFieldRows {
    private static final MessageType SCHEMA = Columns.message("receptive_fields", fields());

    public MessageType schema() {
        return SCHEMA;
    }

    private static List<Type> fields() {
        List<Type> f = new ArrayList<>();
        f.add(Columns.requiredString(RunsRows.TRIAL_ID));
        f.add(Columns.requiredInt("neuron"));
        f.add(Columns.requiredDouble("bias"));
        f.add(Columns.doubleList("weights"));
        f.add(Columns.requiredDouble("ipr"));
        f.add(Columns.doubleList("centre"));
        f.add(Columns.doubleList("width"));
        f.add(Columns.requiredDouble("peak_mass"));
        f.add(Columns.requiredBoolean("localised"));
        f.addAll(Provenance.fields());
        return f;
    }

    /** The rows of one trial's neurons, in neuron order. */
    public List<ParquetRow> rows(TrialOutcome o, WriteConf conf) {
        List<ParquetRow> rows = new ArrayList<>(o.result().neurons().size());
        for (NeuronResult n : o.result().neurons()) {
            rows.add(row -> {
                row.string(RunsRows.TRIAL_ID, o.spec().trialId());
                row.integer("neuron", n.neuron());
                row.dbl("bias", n.bias());
                row.doubles("weights", n.weights());
                row.dbl("ipr", n.ipr());
                row.doubles("centre", n.centre());
                row.doubles("width", n.width());
                row.dbl("peak_mass", n.peakMass());
                row.bool("localised", n.localised());
                Provenance.write(row, o.spec().kernelVersion(), conf);
            });
        }
        return rows;
    }
}
