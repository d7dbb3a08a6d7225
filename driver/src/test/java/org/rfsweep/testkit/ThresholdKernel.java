package org.rfsweep.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.MetricRole;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.ParameterRoles;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.Trajectory;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;

/**
 * A synthetic kernel with a known localisation threshold in gain, for {@code refine}:
 * {@code n_localised = 1} when {@code gain > threshold(group, seed)}, else 0, where
 * <ul>
 *   <li>group {@code sharp}: threshold {@link #SHARP} = 1.2345 for every seed, so frac_localised
 *       steps from 0 to 1 there;</li>
 *   <li>group {@code seeded}: threshold {@code SEEDED * (1 + 0.02 seed)}, so with seeds 0, 1, 2
 *       frac_localised is 0, 1/3, 2/3, 1 and crosses 0.5 at the second seed's threshold, 3.06;</li>
 *   <li>group {@code window}: localised only for {@code 0.5 < gain < 2} (two crossings);</li>
 *   <li>group {@code never}: never localised (no crossing).</li>
 * </ul>
 * {@code ipr} is 0.01 + gain / 100, a smooth metric.
 */
public final class ThresholdKernel implements Kernel {
    public static final String NAME = "threshold-kernel";
    public static final double SHARP = 1.2345;
    public static final double SEEDED = 3.0;

    static final ParamSchema SCHEMA = new ParamSchema(List.of(
            ParamDef.real("gain", 1, 0, false, 1e6, "the swept gain"),
            ParamDef.choice("group", "sharp", List.of("sharp", "seeded", "window", "never"), "which threshold rule"),
            ParamDef.real("scale", 1, 0, true, 1e6, "a fixed real parameter"),
            ParamDef.integer("width", 2, 1, 64, "an integer parameter"),
            ParamDef.longValue("seed", 0, 0, "seed")));

    /** The threshold of one trial. */
    public static double threshold(String group, long seed) {
        return switch (group) {
            case "sharp" -> SHARP;
            case "seeded" -> SEEDED * (1 + 0.02 * seed);
            default -> Double.NaN;
        };
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String description() {
        return "synthetic kernel with a known threshold in gain (refine tests)";
    }

    @Override
    public ParamSchema schema() {
        return SCHEMA;
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(new MetricSpec("n_localised", "1 above the threshold, else 0").withRoles(MetricRole.LOCALISED_COUNT),
                new MetricSpec("ipr", "0.01 + gain / 100"));
    }

    @Override
    public ParameterRoles parameterRoles() {
        return new ParameterRoles(List.of("gain"), java.util.Map.of());
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
        ResolvedParams p = spec.params();
        double g = p.getDouble("gain");
        String group = p.getString("group");
        boolean localised = switch (group) {
            case "window" -> g > 0.5 && g < 2;
            case "never" -> false;
            default -> g > threshold(group, p.getLong("seed"));
        };
        Map<String, Double> s = new LinkedHashMap<>();
        s.put("n_localised", localised ? 1.0 : 0.0);
        s.put("ipr", 0.01 + g / 100);
        return new TrialResult(TrialStatus.OK, null, -1, 1, s, Trajectory.EMPTY, List.of());
    }
}
