package org.rfsweep.analysis.rfm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfsweep.analysis.conv.FilterMatch;
import org.rfsweep.analysis.linalg.EigenFeatures;
import org.rfsweep.data.InputModel;
import org.rfsweep.kernel.AbstractKernel;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.NeuronResult;
import org.rfsweep.kernel.RandomStreams;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.kernel.twolayer.TestSet;
import org.rfsweep.kernel.twolayer.TwoLayerConfig;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;
import org.rfsweep.kernel.twolayer.TwoLayerSgdKernel;
import org.rfsweep.kernel.twolayer.TwoLayerTrial;
import org.rfsweep.metrics.Ipr;
import org.rfsweep.metrics.Lattice;

/**
 * The {@code rfm} kernel: the Recursive Feature Machine (Radhakrishnan et al., Science 383 2024)
 * exactly as SCIENCE.md §9 fixes it: Laplace kernel exp(−‖x − z‖_M / L) ({@link LaplaceKrr}),
 * M₀ = I, T AGOP updates M ← (1/n) Σ_j ∇f(x_j) ∇f(x_j)ᵀ without rescaling ({@link Rfm}), then a
 * refit with the final M ({@link FeatureIteration}), on the first n samples of the grid point's
 * TRAIN stream, scored on its TEST set (the streams every kernel of the seed uses).
 *
 * <p>Results: test loss and accuracy of each fit (trajectory step t = fit t, t = 0 the plain
 * Laplace fit; the trajectory's IPRs are those of M_t's leading eigenvectors, NaN at t = 0
 * where M = I has no preferred basis), the IPR of the final M's {@code rfm_top} leading
 * eigenvectors and of its diagonal, n_localised by the rule of every kernel (IPR ≥ 3·3/(N+2)),
 * and the eigenvectors as receptive-field rows 0..rfm_top−1 (bias column = eigenvalue). With
 * {@code compare_fc} the {@code twolayer-sgd} network of the grid point is trained too and the
 * eigenvectors are matched to its localised fields (best |NCC| over translations and sign).
 */
public final class RfmKernel extends AbstractKernel {
    /** The kernel name in specs. */
    public static final String NAME = "rfm";
    /** Bump when results change. */
    public static final String VERSION = "1";

    private final TwoLayerSgdKernel twoLayer = new TwoLayerSgdKernel();

    public RfmKernel() {
        super(NAME, VERSION, "Recursive Feature Machine (Laplace kernel, M <- AGOP, SCIENCE.md 9) on the twolayer-sgd "
                + "data; localisation of M's eigenvectors (Radhakrishnan et al. 2024)", RfmSchema.PARAMS,
                RfmSchema.METRICS, TwoLayerSchema.ROLES);
    }

    /** Everything {@code twolayer-sgd} checks (the data), then the memory budget and rfm_top. */
    @Override
    public void validate(ResolvedParams params) {
        twoLayer.validate(params);
        int n = TwoLayerConfig.from(params).pixels();
        RfmConfig.from(params).validate(n, n);
    }

    /** {@link RfmConfig#cost} plus drawing the samples and the FC trial when compared. */
    @Override
    public double estimateCost(ResolvedParams params) {
        TwoLayerConfig base = TwoLayerConfig.from(params);
        double cost = RfmConfig.from(params).cost(base.pixels(), base.testSize());
        return cost + (params.getBoolean("compare_fc") ? twoLayer.estimateCost(params) : 0);
    }

    /**
     * Runs the trial: a pure function of {@code spec}.
     *
     * @throws IllegalArgumentException if the spec is for another kernel or version, or invalid
     */
    @Override
    public TrialResult run(TrialSpec spec) {
        requireOwnSpec(spec);
        validate(spec.params());
        TwoLayerConfig base = TwoLayerConfig.from(spec.params());
        RfmConfig rfm = RfmConfig.from(spec.params());
        InputModel model = InputModel.of(base.input());
        int dims = base.pixels();
        double[] targets = {base.targetOfClass0(), base.targetOfClass1()};
        TrainingPoints train = TrainingPoints.draw(model.stream(RandomStreams.create(base.seed(), RandomStreams.TRAIN)),
                rfm.trainSize(), targets);
        TestSet test = TestSet.draw(model.stream(RandomStreams.create(base.seed(), RandomStreams.TEST)),
                base.testSize());
        LaplaceKrr krr = new LaplaceKrr(train.x(), train.y(), dims, rfm.bandwidth(), rfm.ridge());
        FeatureIteration it = FeatureIteration.run(krr, new Rfm(dims), rfm.iterations(), test, targets,
                base.threshold(), dims, rfm.trainSize());
        Lattice lattice = new Lattice(base.input().dim(), base.input().size(), base.input().periodic());
        double xi0 = base.input().xi().first();
        EigenFeatures features = EigenFeatures.of(it.last(), dims, rfm.top(), 0, u -> u, lattice, xi0);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("final_test_loss", it.loss()[rfm.iterations()]);
        m.put("final_test_accuracy", it.accuracy()[rfm.iterations()]);
        m.put("initial_test_loss", it.loss()[0]);
        m.put("initial_test_accuracy", it.accuracy()[0]);
        m.put("ipr_mean", features.iprMean());
        m.put("ipr_max", features.iprMax());
        m.put("eig1_ipr", features.ipr()[0]);
        m.put("n_localised", features.localised());
        m.put("diag_ipr", Ipr.of(MatrixOps.diagonal(it.last(), dims)));
        m.put("eig1_share", features.leadingShare());
        m.put("m_trace", Arrays.stream(MatrixOps.diagonal(it.last(), dims)).sum());
        m.put("ipr_random_level", Ipr.randomLevel(dims));
        if (spec.params().getBoolean("compare_fc")) {
            putFcComparison(m, TwoLayerTrial.train(base, model).result(), features.vectors(), lattice);
        }
        m.put("kurtosis_theory", model.theoreticalExcessKurtosis());
        m.put("kurtosis_empirical", test.excessKurtosis());
        return new TrialResult(TrialStatus.OK, null, -1, rfm.iterations(), ordered(m),
                it.trajectory(dims, rfm.top(), u -> u, lattice, xi0), features.rows());
    }

    /** The FC network's accuracy and localisation, and the best match of M's eigenvectors with its localised fields. */
    public static void putFcComparison(Map<String, Double> m, TrialResult fc, List<double[]> vectors, Lattice lattice) {
        if (fc.status() != TrialStatus.OK) {
            return;
        }
        List<double[]> fields = new ArrayList<>();
        double iprMax = 0;
        for (NeuronResult nr : fc.neurons()) {
            iprMax = Math.max(iprMax, nr.ipr());
            if (nr.localised()) {
                fields.add(nr.weights());
            }
        }
        double[] best = FilterMatch.bestPerFilter(vectors.toArray(double[][]::new), fields, lattice);
        m.put("ncc_eig_max", Arrays.stream(best).max().orElse(Double.NaN));
        m.put("ncc_eig1", best[0]);
        m.put("fc_final_test_accuracy", fc.scalar("final_test_accuracy"));
        m.put("fc_ipr_max", iprMax);
        m.put("fc_n_localised", fc.scalar("n_localised"));
    }

    private static Map<String, Double> ordered(Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (MetricSpec s : RfmSchema.METRICS) {
            out.put(s.name(), m.getOrDefault(s.name(), Double.NaN));
        }
        return out;
    }
}
