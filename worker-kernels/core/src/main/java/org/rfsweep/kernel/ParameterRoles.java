package org.rfsweep.kernel;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the driver needs to know of a kernel's parameters to draw and report them: the natural
 * horizontal axes of a figure (the parameters a transition is usually traced along, e.g. the gain;
 * a figure takes the first of them that its sweep varies) and human titles with units for axes
 * and legends. Kept beside the {@link ParamSchema} rather
 * than inside each {@link ParamDef} so that kernels sharing definitions share the titles too.
 *
 * @param naturalAxes the parameters figures put on x, in order of preference (none: the first swept)
 * @param titles      parameter name, or table column of a pair's component ({@code xi0}), to title
 */
public record ParameterRoles(List<String> naturalAxes, Map<String, String> titles) {
    /** No natural axis, every parameter titled by its name. */
    public static final ParameterRoles NONE = new ParameterRoles(List.of(), Map.of());

    public ParameterRoles {
        naturalAxes = List.copyOf(Objects.requireNonNull(naturalAxes, "naturalAxes"));
        titles = Map.copyOf(Objects.requireNonNull(titles, "titles"));
    }

    /**
     * These roles cut to the parameters of {@code schema}: for kernels that share another kernel's
     * definitions (and titles) but not all of its parameters.
     */
    public ParameterRoles restrictedTo(ParamSchema schema) {
        Map<String, String> kept = new java.util.HashMap<>();
        titles.forEach((name, title) -> {
            if (declares(schema, name)) {
                kept.put(name, title);
            }
        });
        return new ParameterRoles(naturalAxes.stream().filter(schema::contains).toList(), kept);
    }

    /** Whether {@code name} is a parameter of the schema or a column of one of its pairs ({@code xi0}). */
    private static boolean declares(ParamSchema schema, String name) {
        if (schema.contains(name)) {
            return true;
        }
        String stem = name.substring(0, name.length() - 1);
        return (name.endsWith("0") || name.endsWith("1"))
                && schema.find(stem).map(p -> p.type() == ParamType.DOUBLE_PAIR).orElse(false);
    }

    /** The title of a parameter or table column; the name itself where none is declared. */
    public String title(String name) {
        return titles.getOrDefault(name, name);
    }
}
