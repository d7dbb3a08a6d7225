package org.rfsweep.table;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.ResolvedParams;

/**
 * Maps a kernel's {@link ParamSchema} to table columns: every parameter its own column, a pair
 * {@code xi} as {@code xi0, xi1}. The schema is the single source of truth, so a new kernel
 * parameter becomes a new column with no code change here.
 */
public final class ParameterColumns {
    private final List<ParamDef> params;

    public ParameterColumns(ParamSchema schema) {
        this.params = schema.params();
    }

    /** The Parquet fields, in schema order. */
    public List<Type> fields() {
        List<Type> fields = new ArrayList<>();
        for (ParamDef p : params) {
            switch (p.type()) {
                case INT -> fields.add(Types.required(PrimitiveTypeName.INT32).named(p.name()));
                case LONG -> fields.add(Types.required(PrimitiveTypeName.INT64).named(p.name()));
                case DOUBLE -> fields.add(Types.required(PrimitiveTypeName.DOUBLE).named(p.name()));
                case BOOLEAN -> fields.add(Types.required(PrimitiveTypeName.BOOLEAN).named(p.name()));
                case CHOICE -> fields.add(Types.required(PrimitiveTypeName.BINARY)
                        .as(LogicalTypeAnnotation.stringType()).named(p.name()));
                case DOUBLE_PAIR -> {
                    fields.add(Types.required(PrimitiveTypeName.DOUBLE).named(p.name() + "0"));
                    fields.add(Types.required(PrimitiveTypeName.DOUBLE).named(p.name() + "1"));
                }
                default -> throw new IllegalStateException("unmapped parameter type " + p.type());
            }
        }
        return fields;
    }

    /** The column names, in schema order (pairs expanded). */
    public List<String> names() {
        return fields().stream().map(Type::getName).toList();
    }

    /** Emits every parameter value of {@code values}. */
    public void write(Emitter row, ResolvedParams values) {
        for (ParamDef p : params) {
            Object v = values.get(p.name());
            switch (p.type()) {
                case INT -> row.integer(p.name(), (Integer) v);
                case LONG -> row.lng(p.name(), (Long) v);
                case DOUBLE -> row.dbl(p.name(), (Double) v);
                case BOOLEAN -> row.bool(p.name(), (Boolean) v);
                case CHOICE -> row.string(p.name(), (String) v);
                case DOUBLE_PAIR -> {
                    DoublePair pair = (DoublePair) v;
                    row.dbl(p.name() + "0", pair.first());
                    row.dbl(p.name() + "1", pair.second());
                }
                default -> throw new IllegalStateException("unmapped parameter type " + p.type());
            }
        }
    }
}
