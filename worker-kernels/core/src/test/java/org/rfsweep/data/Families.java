package org.rfsweep.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;

/** Test helper: an {@link InputConfig} from spec-style data parameters, through the real resolver. */
final class Families {
    static final ParamSchema SCHEMA = schema();

    private Families() {
    }

    private static ParamSchema schema() {
        List<ParamDef> all = new ArrayList<>(InputParams.all());
        return new ParamSchema(all);
    }

    /**
     * @param spec "key=value,key=value", e.g. "inputs=norta,marginal=alg,shape=10"; numbers are
     *             parsed as doubles (integers where the parameter is one), "a:b" as a pair
     */
    static InputConfig config(String spec, Map<String, Object> geometry) {
        Map<String, Object> raw = new HashMap<>(geometry);
        for (String kv : spec.split(",")) {
            String[] p = kv.trim().split("=");
            raw.put(p[0], parse(p[0], p[1]));
        }
        return InputConfig.from(SCHEMA.resolve(raw));
    }

    private static Object parse(String key, String value) {
        if (value.contains(":")) {
            String[] ab = value.split(":");
            return List.of(Double.parseDouble(ab[0]), Double.parseDouble(ab[1]));
        }
        if (key.equals("dim") || key.equals("size")) {
            return Integer.parseInt(value);
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
