package org.rfsweep.table;

import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Writes the fields of one row to a {@link RecordConsumer}, by column name, for the flat schemas of
 * {@link Columns} (primitive columns and three-level lists of doubles). Null is "not emitted".
 */
public final class Emitter {
    private final MessageType schema;
    private RecordConsumer rc;

    Emitter(MessageType schema) {
        this.schema = schema;
    }

    void attach(RecordConsumer consumer) {
        this.rc = consumer;
    }

    public void string(String name, String v) {
        if (v != null) {
            int i = start(name);
            rc.addBinary(Binary.fromString(v));
            rc.endField(name, i);
        }
    }

    public void dbl(String name, double v) {
        int i = start(name);
        rc.addDouble(v);
        rc.endField(name, i);
    }

    /** A double, or null when NaN (e.g. a snapshot without a test evaluation). */
    public void dblOrNull(String name, double v) {
        if (!Double.isNaN(v)) {
            dbl(name, v);
        }
    }

    public void lng(String name, long v) {
        int i = start(name);
        rc.addLong(v);
        rc.endField(name, i);
    }

    public void integer(String name, int v) {
        int i = start(name);
        rc.addInteger(v);
        rc.endField(name, i);
    }

    public void bool(String name, boolean v) {
        int i = start(name);
        rc.addBoolean(v);
        rc.endField(name, i);
    }

    /** A list of doubles in the standard LIST layout ({@code list.element}); empty, not null, for no values. */
    public void doubles(String name, double[] values) {
        int i = start(name);
        rc.startGroup();
        if (values.length > 0) {
            rc.startField("list", 0);
            for (double v : values) {
                rc.startGroup();
                rc.startField("element", 0);
                rc.addDouble(v);
                rc.endField("element", 0);
                rc.endGroup();
            }
            rc.endField("list", 0);
        }
        rc.endGroup();
        rc.endField(name, i);
    }

    private int start(String name) {
        int i = schema.getFieldIndex(name);
        rc.startField(name, i);
        return i;
    }
}
