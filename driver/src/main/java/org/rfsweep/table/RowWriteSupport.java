package org.rfsweep.table;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/** Parquet write support for {@link ParquetRow}s of one schema. */
final class RowWriteSupport extends WriteSupport<ParquetRow> {
    private final MessageType schema;
    private final Emitter emitter;
    private RecordConsumer consumer;

    RowWriteSupport(MessageType schema) {
        this.schema = schema;
        this.emitter = new Emitter(schema);
    }

    @Override
    @SuppressWarnings("deprecation") // abstract in parquet 1.16; the ParquetConfiguration overload delegates here
    public WriteContext init(Configuration configuration) {
        return new WriteContext(schema, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
        emitter.attach(recordConsumer);
    }

    @Override
    public void write(ParquetRow row) {
        consumer.startMessage();
        row.emit(emitter);
        consumer.endMessage();
    }
}
