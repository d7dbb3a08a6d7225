package org.rfsweep.kernel;

import java.util.List;
import java.util.Objects;

/**
 * The identity half of a {@link Kernel}: name, version, description, parameter schema and metrics
 * are fixed at construction, so a kernel class only writes what differs (validation, cost, run).
 */
public abstract class AbstractKernel implements Kernel {
    private final String name;
    private final String version;
    private final String description;
    private final ParamSchema schema;
    private final List<MetricSpec> metrics;
    private final ParameterRoles parameterRoles;

    protected AbstractKernel(String name, String version, String description, ParamSchema schema,
                             List<MetricSpec> metrics) {
        this(name, version, description, schema, metrics, ParameterRoles.NONE);
    }

    protected AbstractKernel(String name, String version, String description, ParamSchema schema,
                             List<MetricSpec> metrics, ParameterRoles parameterRoles) {
        this.parameterRoles = parameterRoles.restrictedTo(schema); // shared titles, own parameters only
        this.name = Objects.requireNonNull(name, "name");
        this.version = Objects.requireNonNull(version, "version");
        this.description = Objects.requireNonNull(description, "description");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.metrics = List.copyOf(metrics);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String version() {
        return version;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final ParamSchema schema() {
        return schema;
    }

    @Override
    public final List<MetricSpec> metrics() {
        return metrics;
    }

    @Override
    public final ParameterRoles parameterRoles() {
        return parameterRoles;
    }

    /**
     * Refuses a spec resolved for another kernel or another version of this one: its trial_id
     * names numerics this code does not compute.
     *
     * @throws IllegalArgumentException naming both kernels and versions
     */
    protected final void requireOwnSpec(TrialSpec spec) {
        if (!name.equals(spec.kernel()) || !version.equals(spec.kernelVersion())) {
            throw new IllegalArgumentException("spec is for kernel " + spec.kernel() + " version "
                    + spec.kernelVersion() + ", this is " + name + " version " + version);
        }
    }
}
