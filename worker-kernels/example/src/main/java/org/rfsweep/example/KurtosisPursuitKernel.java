package org.rfsweep.example;

import java.util.List;
import java.util.Map;
import org.rfsweep.data.InputConfig;
import org.rfsweep.data.InputKind;
import org.rfsweep.data.InputModel;
import org.rfsweep.kernel.AbstractKernel;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.MetricRole;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.ParameterRoles;
import org.rfsweep.kernel.RandomStreams;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;

/**
 * The example kernel of the README's "Writing a kernel": one unit-norm filter w that descends the
 * kurtosis E[y⁴] / E[y²]² of its projection y = w·x, estimated on fresh batches of the core's
 * NLGP (or Gaussian-control) inputs, then renormalised (projection pursuit, as in ICA). On
 * inputs of negative excess kurtosis the least kurtotic projections are the localised ones, so
 * the filter localises as the gain grows; on the Gaussian control every projection has kurtosis 3
 * and w only diffuses.
 *
 * <p>It shows what a kernel owes the driver and nothing more: a schema, metrics with their roles
 * (which one counts localised units, the headline, the reference level, the data statistic), the
 * natural axis and titles, a cost estimate, and a pure {@link #run}. The driver gives it runs,
 * phase table, figures, report and refine with no change of its own. Its metric names differ on
 * purpose from {@code twolayer-sgd}'s: the driver finds everything by role.
 */
public final class KurtosisPursuitKernel extends AbstractKernel {
    public static final String NAME = "kurtosis-pursuit";
    public static final String VERSION = "1";

    static final ParamSchema PARAMS = new ParamSchema(List.of(
            ParamDef.choice("inputs", "nlgp", List.of("nlgp", "gp"), "the NLGP or its Gaussian control (same covariance)"),
            ParamDef.integer("size", 40, 4, 1024, "pixels N of the 1-D periodic ring"),
            ParamDef.pair("xi", new DoublePair(1, 3), 0, true, Double.NaN,
                    "correlation lengths (xi0, xi1) of the two classes, pixels (the classes are mixed: labels are unused)"),
            ParamDef.real("gain", 3, 1e-6, false, 1e6, "NLGP gain g (SCIENCE.md section 1)"),
            ParamDef.real("lr", 0.05, 0, true, 10, "step size of the descent on the sphere"),
            ParamDef.integer("iterations", 300, 1, 1_000_000, "descent steps, each on a fresh batch (not \"steps\": the runs table has that column)"),
            ParamDef.integer("batch", 500, 2, 1_000_000, "samples per step"),
            ParamDef.longValue("seed", 0, 0, "seed of the initial filter (weights stream) and the inputs (train stream)")));

    static final List<MetricSpec> METRICS = List.of(
            new MetricSpec("filter_ipr", "IPR of the final filter, sum w^4 / (sum w^2)^2")
                    .titled("IPR of the filter").withRoles(MetricRole.HEADLINE),
            new MetricSpec("localised", "1 if the filter's IPR >= 3 * 3/(N+2), else 0")
                    .titled("localised filter (IPR ≥ 3 × 3/(N+2))").withRoles(MetricRole.LOCALISED_COUNT),
            new MetricSpec("projection_kurtosis", "kurtosis E[y^4]/E[y^2]^2 of y = w.x on the last batch (3 for Gaussian y)")
                    .titled("kurtosis of the projection w·x"),
            new MetricSpec("random_ipr", "IPR of a random Gaussian filter, 3/(N+2)")
                    .titled("random filter 3/(N+2)").withRoles(MetricRole.REFERENCE_LEVEL),
            new MetricSpec("input_kurtosis", "theoretical marginal excess kurtosis of the inputs")
                    .titled("excess kurtosis of the pixels (theory)").withRoles(MetricRole.DATA_STATISTIC));

    static final ParameterRoles ROLES = new ParameterRoles(List.of("gain"), Map.of(
            "gain", "gain g (dimensionless)",
            "size", "pixels N",
            "lr", "step size"));

    public KurtosisPursuitKernel() {
        super(NAME, VERSION, "example: one filter descending the kurtosis of its projection on NLGP inputs "
                + "(README, Writing a kernel)", PARAMS, METRICS, ROLES);
    }

    /** The inputs of these parameters: the core data layer's sampler, 1-D periodic, jitter 1e-3. */
    static InputModel inputs(ResolvedParams p) {
        InputKind kind = p.getString("inputs").equals("gp") ? InputKind.GP : InputKind.NLGP;
        return InputModel.of(new InputConfig(kind, 1, p.getInt("size"), true, p.getPair("xi"), p.getDouble("gain"), 1e-3));
    }

    /** Builds the sampler once, which checks that the covariance is positive semi-definite. */
    @Override
    public void validate(ResolvedParams params) {
        inputs(params);
    }

    /** Steps × batch × N multiply-adds, twice (projections, gradient). */
    @Override
    public double estimateCost(ResolvedParams p) {
        return 2.0 * p.getInt("iterations") * p.getInt("batch") * p.getInt("size");
    }

    @Override
    public TrialResult run(TrialSpec spec) {
        requireOwnSpec(spec);
        ResolvedParams p = spec.params();
        long seed = p.getLong("seed");
        return new KurtosisPursuit(inputs(p), p.getDouble("lr"), p.getInt("iterations"), p.getInt("batch"))
                .run(RandomStreams.create(seed, RandomStreams.WEIGHTS), RandomStreams.create(seed, RandomStreams.TRAIN));
    }
}
