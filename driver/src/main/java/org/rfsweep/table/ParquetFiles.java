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
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.MessageType;
import org.rfsweep.store.HadoopNioFileSystem;
import org.rfsweep.store.HadoopNioPath;

/**
 * Reads and writes whole Parquet files of {@link Group} rows with parquet-hadoop directly: local
 * paths through parquet's {@code java.nio} files (no Hadoop local filesystem, so no {@code .crc}
 * side files), paths on HDFS or an object store through their Hadoop filesystem
 * ({@link StorePaths}). Snappy-compressed, which Spark, pyarrow and DuckDB all read.
 */
public final class ParquetFiles {
    private ParquetFiles() {
    }

    /** Writes {@code rows} (possibly none) to a new file at {@code file}, replacing any. */
    public static void write(Path file, MessageType schema, List<Group> rows) throws IOException {
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(outputFile(file))
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
        try (ParquetWriter<ParquetRow> writer = new RowWriterBuilder(outputFile(file), schema)
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

        RowWriterBuilder(OutputFile file, MessageType schema) {
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

    private static OutputFile outputFile(Path file) throws IOException {
        if (file instanceof HadoopNioPath h) {
            return HadoopOutputFile.fromPath(h.hadoopPath(), ((HadoopNioFileSystem) h.getFileSystem()).conf());
        }
        return new LocalOutputFile(file);
    }

    private static InputFile inputFile(Path file) throws IOException {
        if (file instanceof HadoopNioPath h) {
            return HadoopInputFile.fromPath(h.hadoopPath(), ((HadoopNioFileSystem) h.getFileSystem()).conf());
        }
        return new LocalInputFile(file);
    }

    /** Every row of {@code file}, optionally projected onto {@code projection} (null = all columns). */
    public static List<Group> read(Path file, MessageType projection) throws IOException {
        List<Group> rows = new ArrayList<>();
        ParquetReader.Builder<Group> builder = new ParquetReader.Builder<Group>(inputFile(file)) {
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
                     org.apache.parquet.hadoop.ParquetFileReader.open(inputFile(file))) {
            return reader.getRecordCount();
        }
    }

    /** The schema stored in {@code file}'s footer. */
    public static MessageType schemaOf(Path file) throws IOException {
        try (org.apache.parquet.hadoop.ParquetFileReader reader =
                     org.apache.parquet.hadoop.ParquetFileReader.open(inputFile(file))) {
            return reader.getFooter().getFileMetaData().getSchema();
        }
    }
}
