package org.rfsweep.kernel;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A scalar metric a kernel reports for every trial: its column name, a one-line doc, the title
 * figures and the report give it, and its {@link MetricRole roles}.
 *
 * @param name  column name, {@code [a-z][a-z0-9_]*}
 * @param doc   one-line description with units (for {@code rfsweep kernels})
 * @param title human title for axes and legends, with units where it has any; the name by default
 * @param roles what the driver does with it beyond storing it; none by default
 */
public record MetricSpec(String name, String doc, String title, Set<MetricRole> roles) {
    public MetricSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(title, "title");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("metric name must match [a-z][a-z0-9_]*: " + name);
        }
    }

    /** A metric titled by its name, with no role. */
    public MetricSpec(String name, String doc) {
        this(name, doc, name, Set.of());
    }

    /** This metric with a human title for figures and the report. */
    public MetricSpec titled(String humanTitle) {
        return new MetricSpec(name, doc, humanTitle, roles);
    }

    /** This metric with these roles added. */
    public MetricSpec withRoles(MetricRole first, MetricRole... more) {
        EnumSet<MetricRole> all = EnumSet.of(first, more);
        all.addAll(roles);
        return new MetricSpec(name, doc, title, all);
    }

    public boolean has(MetricRole role) {
        return roles.contains(role);
    }
}
