package org.rfsweep.analysis.agop;

import java.util.ArrayList;
import java.util.List;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;

/**
 * The parameters and metrics of the {@code agop} kernel: every {@code twolayer-sgd} parameter
 * (same names, defaults and meaning, so a spec reads the same across kernels) plus the AGOP's
 * own; every {@code twolayer-sgd} metric plus the neural-feature-ansatz and eigenvector metrics.
 */
public final class AgopSchema {
    /** The parameter schema. */
    public static final ParamSchema PARAMS = new ParamSchema(params());

    /** The scalar metrics, {@link TwoLayerSchema#METRICS} first. */
    public static final List<MetricSpec> METRICS = metrics();

    private AgopSchema() {
    }

    private static List<ParamDef> params() {
        List<ParamDef> all = new ArrayList<>(TwoLayerSchema.PARAMS.params());
        all.add(ParamDef.integer("agop_samples", 0, 0, 10_000_000,
                "test samples the AGOP averages over (the first ones of the fixed test set); 0 = all test_size"));
        all.add(ParamDef.integer("agop_top", 4, 1, 65536,
                "leading eigenvectors of G whose IPR is reported (at most width: G = W^T M W has rank <= K)"));
        return all;
    }

    private static List<MetricSpec> metrics() {
        List<MetricSpec> all = new ArrayList<>(TwoLayerSchema.METRICS);
        all.add(new MetricSpec("nfa_corr", "Pearson correlation of the flattened N x N matrices W^T W and the AGOP G"));
        all.add(new MetricSpec("nfa_corr_offdiag", "the same over the off-diagonal entries only"));
        all.add(new MetricSpec("nfa_corr_initial",
                "nfa_corr of the untrained network (same W0, same inputs): the level the architecture gives by itself"));
        all.add(new MetricSpec("nfa_corr_sqrt", "Pearson correlation of W^T W and G^(1/2) (the alpha = 1/2 form)"));
        all.add(new MetricSpec("agop_trace", "trace of G, the mean squared input gradient |grad_x f|^2"));
        all.add(new MetricSpec("agop_eig1_share", "largest eigenvalue of G / trace of G"));
        all.add(new MetricSpec("agop_eig1_ipr", "IPR of G's leading eigenvector"));
        all.add(new MetricSpec("agop_eig_ipr_mean", "mean IPR of G's agop_top leading eigenvectors"));
        all.add(new MetricSpec("agop_eig_ipr_max", "max IPR of G's agop_top leading eigenvectors"));
        all.add(new MetricSpec("agop_eig_n_localised", "leading eigenvectors with IPR >= 3*3/(N+2)"));
        all.add(new MetricSpec("agop_samples_used", "test samples the AGOP averaged over"));
        return List.copyOf(all);
    }
}
