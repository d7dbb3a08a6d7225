package org.rfsweep.table;

/** The output tables (DESIGN.md, "Tables"), in the order a chunk commits them: runs last. */
public enum Table {
    /** One row per trial point of each trajectory snapshot. */
    TRAJECTORIES("trajectories"),
    /** One row per neuron of each trial's final network. */
    RECEPTIVE_FIELDS("receptive_fields"),
    /** One row per trial; its chunk file is the commit marker of the chunk. */
    RUNS("runs"),
    /** One row per grid point: aggregates over seeds, rewritten whole at the end of a run. */
    PHASE("phase");

    private final String dirName;

    Table(String dirName) {
        this.dirName = dirName;
    }

    /** The directory name under the output root, also the SQL view name. */
    public String dirName() {
        return dirName;
    }
}
