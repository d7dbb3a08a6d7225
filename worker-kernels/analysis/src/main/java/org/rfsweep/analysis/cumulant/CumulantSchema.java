package org.rfsweep.analysis.cumulant;

import java.util.ArrayList;
import java.util.List;
import org.rfsweep.data.InputParams;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.MetricRole;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;

/**
 * The parameters and metrics of the {@code cumulant-cp} kernel. The data parameters are
 * {@code twolayer-sgd}'s definitions ({@link TwoLayerSchema#PARAMS}), with a smaller default size.
 */
public final class CumulantSchema {
    /** Most factors a trial may ask for; gamma_1 .. gamma_{MAX_RANK} are always columns. */
    public static final int MAX_RANK = 8;

    /** The parameter schema. */
    public static final ParamSchema PARAMS = new ParamSchema(InputParams.withFamilies(List.of(
            TwoLayerSchema.PARAMS.require("inputs"),
            TwoLayerSchema.PARAMS.require("dim"),
            TwoLayerSchema.PARAMS.require("size").withDefault(100),
            TwoLayerSchema.PARAMS.require("periodic"),
            TwoLayerSchema.PARAMS.require("xi").withDefault(new DoublePair(3, 10)),
            TwoLayerSchema.PARAMS.require("gain"),
            TwoLayerSchema.PARAMS.require("jitter"),
            ParamDef.integer("class", 0, 0, 1,
                    "whose fourth cumulant: class 0 (correlation length xi0) or class 1 (xi1)"),
            ParamDef.integer("samples", 20000, 10, 100_000_000,
                    "size of the fixed sample set (of that class, from the TRAIN stream) the expectations average over"),
            ParamDef.integer("rank", 3, 1, MAX_RANK, "number of CP factors (greedy deflation)"),
            ParamDef.integer("restarts", 4, 1, 1000,
                    "random starts of the power method per factor, each run for both signs"),
            ParamDef.integer("max_iter", 300, 1, 1_000_000, "most power-method steps per start"),
            ParamDef.real("tol", 1e-7, 0, true, Double.NaN, "stop when a step moves u by less than this"),
            TwoLayerSchema.PARAMS.require("seed"))));

    /** The scalar metrics of every result, in column order. */
    public static final List<MetricSpec> METRICS = metrics();

    private static List<MetricSpec> metrics() {
        List<MetricSpec> m = new ArrayList<>();
        for (int r = 1; r <= MAX_RANK; r++) {
            m.add(new MetricSpec("gamma_" + r, "weight gamma_" + r + " of CP factor " + r
                    + " (joint least squares; NaN beyond rank)"));
        }
        m.add(new MetricSpec("gamma_se_1", "Monte-Carlo standard error of DeltaT(u1,u1,u1,u1) from the sample set"));
        m.add(new MetricSpec("ipr_top", "IPR of the leading factor u1"));
        m.add(new MetricSpec("width_top", "FWHM of |u1| around its peak, averaged over axes, pixels"));
        m.add(new MetricSpec("peak_mass_top", "share of |u1|^2 within +-2 xi0 of its peak"));
        m.add(new MetricSpec("ipr_mean", "mean IPR over the factors")
                    .titled("mean IPR of the CP factors").withRoles(MetricRole.HEADLINE));
        m.add(new MetricSpec("ipr_max", "max IPR over the factors"));
        m.add(new MetricSpec("n_localised", "factors with IPR >= 3*3/(N+2)")
                    .titled("localised CP factors (IPR ≥ 3 × 3/(N+2))").withRoles(MetricRole.LOCALISED_COUNT));
        m.add(new MetricSpec("width_mean", "mean FWHM of the localised factors, pixels"));
        m.add(new MetricSpec("power_iterations", "power-method steps of the winning runs, summed over factors"));
        m.add(new MetricSpec("ipr_random_level", "IPR of a random Gaussian vector, 3/(N+2)").withRoles(MetricRole.REFERENCE_LEVEL));
        m.add(new MetricSpec("kurtosis_theory", "theoretical marginal excess kurtosis of the inputs")
                    .titled("marginal excess kurtosis of the inputs (theory)").withRoles(MetricRole.DATA_STATISTIC));
        m.add(new MetricSpec("kurtosis_empirical", "excess kurtosis of the sample set's pixels"));
        m.add(TwoLayerSchema.INPUT_SHAPE);
        return List.copyOf(m);
    }

    private CumulantSchema() {
    }
}
