package org.rfsweep.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;

/**
 * {@link TestKernel} after growth: the same name and version with one parameter added,
 * {@code offset}, declared neutral because its default 0 reproduces the old behaviour (the loss
 * plus 0). Deliberately not registered as a service (it would clash with its own older self); tests
 * pass it to {@link TestSweep#grid(String, Kernel, Map, LinkedHashMap)}.
 */
public final class GrownTestKernel implements Kernel {
    private static final ParamSchema SCHEMA = grownSchema();
    private final TestKernel old = new TestKernel();

    private static ParamSchema grownSchema() {
        List<ParamDef> params = new ArrayList<>(TestKernel.SCHEMA.params());
        params.add(ParamDef.real("offset", 0, Double.NaN, false, Double.NaN, "added to the loss").asNeutral());
        return new ParamSchema(params);
    }

    @Override
    public String name() {
        return old.name();
    }

    @Override
    public String version() {
        return old.version();
    }

    @Override
    public String description() {
        return "driver test kernel with a neutral parameter added";
    }

    @Override
    public ParamSchema schema() {
        return SCHEMA;
    }

    @Override
    public List<MetricSpec> metrics() {
        return old.metrics();
    }

    @Override
    public void validate(ResolvedParams params) {
        // every combination is valid
    }

    @Override
    public double estimateCost(ResolvedParams params) {
        return 1;
    }

    @Override
    public TrialResult run(TrialSpec spec) {
        Map<String, Object> rest = new LinkedHashMap<>(spec.params().asMap());
        double offset = (Double) rest.remove("offset");
        TrialResult r = old.run(TrialSpec.of(old, TestKernel.SCHEMA.resolve(rest)));
        Map<String, Double> scalars = new LinkedHashMap<>(r.scalars());
        scalars.put("loss", scalars.get("loss") + offset);
        return new TrialResult(r.status(), r.message(), r.divergedStep(), r.steps(), scalars, r.trajectory(),
                r.neurons());
    }
}
