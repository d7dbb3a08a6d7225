package org.rfsweep.table;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/** Parquet field builders and value writers shared by the table row classes. */
final class Columns {
    private Columns() {
    }

    static Type requiredString(String name) {
        return Types.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
    }

    static Type optionalString(String name) {
        return Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
    }

    static Type requiredDouble(String name) {
        return Types.required(PrimitiveTypeName.DOUBLE).named(name);
    }

    static Type optionalDouble(String name) {
        return Types.optional(PrimitiveTypeName.DOUBLE).named(name);
    }

    static Type requiredLong(String name) {
        return Types.required(PrimitiveTypeName.INT64).named(name);
    }

    static Type optionalLong(String name) {
        return Types.optional(PrimitiveTypeName.INT64).named(name);
    }

    static Type requiredInt(String name) {
        return Types.required(PrimitiveTypeName.INT32).named(name);
    }

    static Type requiredBoolean(String name) {
        return Types.required(PrimitiveTypeName.BOOLEAN).named(name);
    }

    /** A UTC instant in microseconds; Spark reads it as TIMESTAMP, DuckDB as TIMESTAMPTZ. */
    static Type requiredTimestamp(String name) {
        return Types.required(PrimitiveTypeName.INT64)
                .as(LogicalTypeAnnotation.timestampType(true, TimeUnit.MICROS)).named(name);
    }

    /** The standard three-level LIST of non-null doubles, which every Parquet reader understands. */
    static Type doubleList(String name) {
        return Types.optionalList().requiredElement(PrimitiveTypeName.DOUBLE).named(name);
    }

    /** Builds a message type, refusing duplicate column names (e.g. a parameter named "status"). */
    static MessageType message(String name, List<Type> fields) {
        Set<String> seen = new HashSet<>();
        for (Type f : fields) {
            if (!seen.add(f.getName())) {
                throw new IllegalStateException("table " + name + " would have two columns named " + f.getName());
            }
        }
        return new MessageType(name, fields);
    }
}
