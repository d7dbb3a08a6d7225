package org.rfsweep.analysis.rfm;

import java.util.ArrayList;
import java.util.List;
import org.rfsweep.kernel.MetricRole;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;

/**
 * The parameters and metrics of the {@code rfm} kernel. Every {@code twolayer-sgd} parameter keeps
 * its name, default and meaning, so a grid point means the same data and task in every kernel
 * (the network parameters describe the FC network trained for {@code compare_fc}); only
 * {@code test_size} defaults to 2,000, since each test prediction costs n·N. Added: the RFM's
 * own settings, with SCIENCE.md §9's values as defaults.
 */
public final class RfmSchema {
    /** The test-set default: predictions cost O(n·N) each. */
    public static final int DEFAULT_TEST_SIZE = 2000;

    /** The parameter schema. */
    public static final ParamSchema PARAMS = new ParamSchema(params(TwoLayerSchema.PARAMS.params()));

    /** The scalar metrics of every result, in column order. */
    public static final List<MetricSpec> METRICS = List.of(
            new MetricSpec("final_test_loss", "test mean squared error of the refit with the final M"),
            new MetricSpec("final_test_accuracy", "test accuracy of the refit with the final M, in [0, 1]")
                    .titled("final test accuracy").withRoles(MetricRole.HEADLINE),
            new MetricSpec("initial_test_loss", "test loss of the first fit, M = I (plain Laplace kernel ridge regression)"),
            new MetricSpec("initial_test_accuracy", "test accuracy of the first fit, M = I"),
            new MetricSpec("ipr_mean", "mean IPR of the rfm_top leading eigenvectors of the final M")
                    .titled("mean IPR of M's leading eigenvectors").withRoles(MetricRole.HEADLINE),
            new MetricSpec("ipr_max", "max IPR of those eigenvectors"),
            new MetricSpec("eig1_ipr", "IPR of the leading eigenvector of the final M"),
            new MetricSpec("n_localised", "leading eigenvectors (of rfm_top) with IPR >= 3*3/(N+2)")
                    .titled("localised eigenvectors of M (IPR ≥ 3 × 3/(N+2))").withRoles(MetricRole.LOCALISED_COUNT),
            new MetricSpec("diag_ipr", "IPR of the diagonal of the final M"),
            new MetricSpec("eig1_share", "largest eigenvalue of the final M / its trace"),
            new MetricSpec("m_trace", "trace of the final M"),
            new MetricSpec("ipr_random_level", "IPR of a random Gaussian vector, 3/(N+2)")
                    .titled("IPR of a random Gaussian vector, 3/(N+2)").withRoles(MetricRole.REFERENCE_LEVEL),
            new MetricSpec("ncc_eig_max", "best |NCC| (translations, sign) of any leading eigenvector with any localised FC field"),
            new MetricSpec("ncc_eig1", "best |NCC| of the leading eigenvector with the localised FC fields"),
            new MetricSpec("fc_final_test_accuracy", "final test accuracy of the twolayer-sgd network of the grid point"),
            new MetricSpec("fc_ipr_max", "max IPR of the FC network's neurons"),
            new MetricSpec("fc_n_localised", "localised FC neurons (IPR >= 3*3/(N+2))"),
            new MetricSpec("kurtosis_theory", "theoretical marginal excess kurtosis of the inputs")
                    .titled("marginal excess kurtosis of the inputs (theory)").withRoles(MetricRole.DATA_STATISTIC),
            new MetricSpec("kurtosis_empirical", "excess kurtosis of the test-set pixels"));

    private RfmSchema() {
    }

    /**
     * The given kernel's parameters (twolayer-sgd's or conv-net's), test_size defaulting to 2,000,
     * then the kernel machine's own and compare_fc where the base has none.
     */
    public static List<ParamDef> params(List<ParamDef> base) {
        List<ParamDef> all = new ArrayList<>();
        for (ParamDef p : base) {
            all.add(p.name().equals("test_size") ? p.withDefault(DEFAULT_TEST_SIZE) : p);
        }
        all.addAll(own());
        if (all.stream().noneMatch(p -> p.name().equals("compare_fc"))) { // conv-net's schema has its own
            all.add(ParamDef.bool("compare_fc", true,
                    "also train the twolayer-sgd network of the grid point and match M's eigenvectors to its fields"));
        }
        return all;
    }

    /** The kernel machine's parameters, shared with conv-rfm. */
    public static List<ParamDef> own() {
        return List.of(
                ParamDef.integer("train_size", 1000, 2, 100_000,
                        "training points n of the kernel machine (the first n of the TRAIN stream); the n x n "
                                + "kernel matrix must fit the trial's memory budget"),
                ParamDef.real("bandwidth", 10, 0, true, Double.NaN, "L of the Laplace kernel exp(-||x - z||_M / L)"),
                ParamDef.real("ridge", 1e-3, 0, false, Double.NaN, "lambda of the kernel ridge regression"),
                ParamDef.integer("iterations", 3, 0, 100, "T: AGOP updates of M before the final refit"),
                ParamDef.integer("rfm_top", 4, 1, 65536, "leading eigenvectors of M reported (IPR, receptive-field rows)"));
    }
}
