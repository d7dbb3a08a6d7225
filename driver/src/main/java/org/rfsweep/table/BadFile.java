package org.rfsweep.table;

import java.nio.file.Path;

/**
 * A file in a table partition that cannot be read as that table's Parquet: truncated, empty, not
 * Parquet at all, or Parquet of another schema.
 *
 * @param table   the table whose partition holds it
 * @param sweep   the partition's sweep
 * @param file    the file
 * @param problem what is wrong with it, in a few words
 */
public record BadFile(Table table, String sweep, Path file, String problem) {
    @Override
    public String toString() {
        return file + ": " + problem;
    }
}
