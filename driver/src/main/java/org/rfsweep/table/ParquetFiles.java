package org.rfsweep.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;

/**
 * Reads and writes whole Parquet files of {@link Group} rows with parquet-hadoop directly, on
 * local paths (no Hadoop filesystem, so no {@code .crc} side files). Snappy-compressed, which
 * Spark, pyarrow and DuckDB all read.
 */
public final class ParquetFiles {
    private ParquetFiles() {
    }

    /** Writes {@code rows} (possibly none) to a new file at {@code file}, replacing any. */
    public static void write(Path file, MessageType schema, List<Group> rows) throws IOException {
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withType(schema)
                .withConf(new Configuration(false))
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .build()) {
            for (Group row : rows) {
                writer.write(row);
            }
        }
    }

    /** Writes {@code rows} (possibly none) to a new file at {@code file}, replacing any. */
    public static void writeRows(Path file, MessageType schema, List<ParquetRow> rows) throws IOException {
        try (ParquetWriter<ParquetRow> writer = new RowWriterBuilder(new LocalOutputFile(file), schema)
                .withConf(new Configuration(false))
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .build()) {
            for (ParquetRow row : rows) {
                writer.write(row);
            }
        }
    }

    private static final class RowWriterBuilder extends ParquetWriter.Builder<ParquetRow, RowWriterBuilder> {
        private final MessageType schema;

        RowWriterBuilder(org.apache.parquet.io.OutputFile file, MessageType schema) {
            super(file);
            this.schema = schema;
        }

        @Override
        protected RowWriterBuilder self() {
            return this;
        }

        @Override
        @SuppressWarnings("deprecation") // abstract in parquet 1.16; the ParquetConfiguration overload delegates here
        protected org.apache.parquet.hadoop.api.WriteSupport<ParquetRow> getWriteSupport(Configuration conf) {
            return new RowWriteSupport(schema);
        }
    }

    /** Every row of {@code file}, optionally projected onto {@code projection} (null = all columns). */
    public static List<Group> read(Path file, MessageType projection) throws IOException {
        List<Group> rows = new ArrayList<>();
        ParquetReader.Builder<Group> builder = new ParquetReader.Builder<Group>(new LocalInputFile(file)) {
            @Override
            protected ReadSupport<Group> getReadSupport() {
                return new GroupReadSupport();
            }
        };
        Configuration conf = new Configuration(false);
        if (projection != null) {
            conf.set(ReadSupport.PARQUET_READ_SCHEMA, projection.toString());
        }
        try (ParquetReader<Group> reader = builder.withConf(conf).build()) {
            for (Group g = reader.read(); g != null; g = reader.read()) {
                rows.add(g);
            }
        }
        return rows;
    }

    /** The number of rows recorded in {@code file}'s footer. */
    public static long rowCount(Path file) throws IOException {
        try (org.apache.parquet.hadoop.ParquetFileReader reader =
                     org.apache.parquet.hadoop.ParquetFileReader.open(new LocalInputFile(file))) {
            return reader.getRecordCount();
        }
    }

    /** The schema stored in {@code file}'s footer. */
    public static MessageType schemaOf(Path file) throws IOException {
        try (org.apache.parquet.hadoop.ParquetFileReader reader =
                     org.apache.parquet.hadoop.ParquetFileReader.open(new LocalInputFile(file))) {
            return reader.getFooter().getFileMetaData().getSchema();
        }
    }
}
