package org.rfsweep.table;

import java.util.Map;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroup;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * A flat row read with parquet's example API, rebuilt under another (wider) schema: every column
 * of the target that the source has is copied value for value (doubles as doubles, so their bits
 * are kept), string columns named in {@code overrides} take the given value instead. Only flat
 * rows (primitive columns), as in {@code runs}.
 */
final class GroupCopy {
    private GroupCopy() {
    }

    static Group of(Group source, MessageType target, Map<String, String> overrides) {
        SimpleGroup out = new SimpleGroup(target);
        MessageType from = (MessageType) source.getType();
        for (Type f : target.getFields()) {
            String name = f.getName();
            if (overrides.containsKey(name)) {
                out.add(name, overrides.get(name));
            } else if (from.containsField(name) && source.getFieldRepetitionCount(name) > 0) {
                copyValue(source, out, name, f);
            }
        }
        return out;
    }

    private static void copyValue(Group source, Group out, String name, Type f) {
        if (!f.isPrimitive()) {
            throw new IllegalArgumentException("column " + name + " is not flat; only flat rows are rebuilt");
        }
        PrimitiveType p = f.asPrimitiveType();
        switch (p.getPrimitiveTypeName()) {
            case BINARY, FIXED_LEN_BYTE_ARRAY, INT96 -> out.add(name, source.getBinary(name, 0));
            case INT32 -> out.add(name, source.getInteger(name, 0));
            case INT64 -> out.add(name, source.getLong(name, 0));
            case DOUBLE -> out.add(name, source.getDouble(name, 0));
            case FLOAT -> out.add(name, source.getFloat(name, 0));
            case BOOLEAN -> out.add(name, source.getBoolean(name, 0));
            default -> throw new IllegalArgumentException("column " + name + " has an unknown type " + p);
        }
    }
}
