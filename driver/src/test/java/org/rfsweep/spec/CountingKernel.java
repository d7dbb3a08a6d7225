package org.rfsweep.spec;

import java.util.List;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;

/** The toy kernel, counting {@link #validate} calls and remembering the seeds it saw. */
final class CountingKernel implements Kernel {
    private final ToyKernel toy = new ToyKernel();
    private final List<MetricSpec> metrics;
    long validations;
    final java.util.Set<Long> seeds = new java.util.HashSet<>();

    CountingKernel() {
        this.metrics = toy.metrics();
    }

    /** The toy with these metrics instead of its own. */
    CountingKernel(List<MetricSpec> metrics) {
        this.metrics = List.copyOf(metrics);
    }

    @Override
    public String name() {
        return toy.name();
    }

    @Override
    public String version() {
        return toy.version();
    }

    @Override
    public String description() {
        return toy.description();
    }

    @Override
    public ParamSchema schema() {
        return toy.schema();
    }

    @Override
    public List<MetricSpec> metrics() {
        return metrics;
    }

    @Override
    public void validate(ResolvedParams params) {
        validations++;
        seeds.add(params.getLong("seed"));
        toy.validate(params);
    }

    @Override
    public double estimateCost(ResolvedParams params) {
        return toy.estimateCost(params);
    }

    @Override
    public TrialResult run(TrialSpec spec) {
        return toy.run(spec);
    }
}
