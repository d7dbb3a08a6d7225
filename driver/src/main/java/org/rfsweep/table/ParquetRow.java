package org.rfsweep.table;

/**
 * One row, written straight to Parquet's record consumer through an {@link Emitter} (no
 * intermediate row objects: a trial's trajectory and receptive fields are thousands of values).
 */
@FunctionalInterface
public interface ParquetRow {
    /** Emits this row's fields; fields not emitted are null. */
    void emit(Emitter out);
}
