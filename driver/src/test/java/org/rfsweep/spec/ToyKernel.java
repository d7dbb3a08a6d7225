package org.rfsweep.spec;

import java.util.List;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;

/**
 * Test-only kernel {@code toy}: one parameter of each type and a cross-parameter rule
 * ({@code rate * rounds <= 1000}) for {@link Kernel#validate}. Never runs a trial.
 */
public final class ToyKernel implements Kernel {
    static final ParamSchema SCHEMA = new ParamSchema(List.of(
            ParamDef.real("rate", 0.5, 0, true, 100, "a positive rate"),
            ParamDef.integer("rounds", 10, 1, 1000, "number of rounds"),
            ParamDef.choice("mode", "fast", List.of("fast", "slow"), "mode"),
            ParamDef.bool("flag", false, "a switch"),
            ParamDef.pair("span", new DoublePair(1, 2), 0, true, Double.NaN, "a pair"),
            ParamDef.longValue("seed", 0, 0, "seed")));

    @Override
    public String name() {
        return "toy";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String description() {
        return "test kernel with one parameter of each type";
    }

    @Override
    public ParamSchema schema() {
        return SCHEMA;
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(new MetricSpec("value", "a metric"));
    }

    @Override
    public void validate(ResolvedParams params) {
        if (params.getDouble("rate") * params.getInt("rounds") > 1000) {
            throw new InvalidParameterException("rate", "rate * rounds must be at most 1000");
        }
    }

    @Override
    public double estimateCost(ResolvedParams params) {
        return params.getInt("rounds");
    }

    @Override
    public TrialResult run(TrialSpec spec) {
        throw new UnsupportedOperationException("toy only validates");
    }
}
