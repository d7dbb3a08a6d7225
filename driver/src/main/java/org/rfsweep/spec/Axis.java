package org.rfsweep.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * One axis of a sweep: a grid parameter, or a zip group whose parameters advance together.
 * The trials are the cartesian product of the axes.
 *
 * @param field      where the axis is written, e.g. {@code grid.gain} or {@code zip[0]}
 * @param parameters the parameters it sets, in spec order
 * @param points     its points; each holds one resolved value per parameter, in the same order
 */
record Axis(String field, List<String> parameters, List<List<Object>> points) {

    Axis {
        parameters = List.copyOf(parameters);
        List<List<Object>> copy = new ArrayList<>(points.size());
        points.forEach(p -> copy.add(List.copyOf(p)));
        points = List.copyOf(copy);
    }

    int size() {
        return points.size();
    }

    /** Where parameter {@code name} of this axis is written: {@code grid.gain} or {@code zip[0].lr}. */
    String fieldOf(String name) {
        return field.startsWith("grid.") ? field : FieldPath.child(field, name);
    }
}
