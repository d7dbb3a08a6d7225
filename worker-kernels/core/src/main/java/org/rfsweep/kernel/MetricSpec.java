package org.rfsweep.kernel;

import java.util.Objects;

/**
 * A scalar metric a kernel reports for every trial: its column name and a one-line doc.
 *
 * @param name column name, {@code [a-z0-9_]+}
 * @param doc  one-line description with units
 */
public record MetricSpec(String name, String doc) {
    public MetricSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(doc, "doc");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("metric name must match [a-z][a-z0-9_]*: " + name);
        }
    }
}
