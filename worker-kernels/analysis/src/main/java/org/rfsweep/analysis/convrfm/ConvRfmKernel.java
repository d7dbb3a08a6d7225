package org.rfsweep.analysis.convrfm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfsweep.analysis.agop.Pearson;
import org.rfsweep.analysis.conv.ConvConfig;
import org.rfsweep.analysis.conv.ConvNetKernel;
import org.rfsweep.analysis.conv.ConvTrial;
import org.rfsweep.analysis.conv.FilterMatch;
import org.rfsweep.analysis.conv.PatchAgop;
import org.rfsweep.analysis.conv.Patches;
import org.rfsweep.analysis.linalg.EigenFeatures;
import org.rfsweep.analysis.rfm.FeatureIteration;
import org.rfsweep.analysis.rfm.LaplaceKrr;
import org.rfsweep.analysis.rfm.MatrixOps;
import org.rfsweep.analysis.rfm.RfmConfig;
import org.rfsweep.analysis.rfm.TrainingPoints;
import org.rfsweep.kernel.AbstractKernel;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.NeuronResult;
import org.rfsweep.kernel.RandomStreams;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.kernel.twolayer.TwoLayerConfig;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;
import org.rfsweep.metrics.Ipr;
import org.rfsweep.metrics.Lattice;

/**
 * The {@code conv-rfm} kernel: a ConvRFM ({@link ConvRfm}: the RFM's Laplace kernel on
 * patch-transformed images, M the Frobenius-normalised patch-AGOP of the kernel predictor; the
 * authors' base kernel is a convolutional NTK, this simpler patch kernel is the one SCIENCE.md §9
 * allows) on the first n samples of the grid point's TRAIN stream, with T updates and a final
 * refit, scored on its TEST set; and, on the same streams, the {@code conv-net} of the grid point
 * (whose patches, of {@code filter_width}, are the ones M acts on) and with {@code compare_fc} its
 * FC network. Reports M against the conv net's filter covariance and patch-AGOP (Pearson,
 * cosine; the initial filters as baseline), the accuracies of all three, the IPR of M's leading
 * eigenvectors and their match with the FC network's localised fields.
 *
 * <p>Trajectory: one point per fit (as {@code rfm}). Receptive-field rows 0..rfm_top−1: M's
 * leading eigenvectors padded to N like the filters (bias column = eigenvalue).
 */
public final class ConvRfmKernel extends AbstractKernel {
    /** The kernel name in specs. */
    public static final String NAME = "conv-rfm";
    /** Bump when results change. */
    public static final String VERSION = "1";

    private final ConvNetKernel conv = new ConvNetKernel();

    public ConvRfmKernel() {
        super(NAME, VERSION, "ConvRFM (Laplace kernel on patches sqrt(M) p, M <- normalised patch-AGOP) against the "
                + "conv-net and FC network of the grid point (Beaglehole et al. 2023)", ConvRfmSchema.PARAMS,
                ConvRfmSchema.METRICS, TwoLayerSchema.ROLES);
    }

    /** Everything {@code conv-net} checks, then the kernel machine's memory budget and rfm_top. */
    @Override
    public void validate(ResolvedParams params) {
        conv.validate(params);
        ConvConfig cfg = ConvConfig.from(params);
        RfmConfig.from(params).validate(cfg.pixels(), cfg.taps());
    }

    /** The conv-net trial (with its FC network) plus the kernel machine ({@link RfmConfig#cost}). */
    @Override
    public double estimateCost(ResolvedParams params) {
        ConvConfig cfg = ConvConfig.from(params);
        return conv.estimateCost(params) + RfmConfig.from(params).cost(cfg.pixels(), cfg.base().testSize());
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
        ConvConfig cfg = ConvConfig.from(spec.params());
        RfmConfig rfm = RfmConfig.from(spec.params());
        TwoLayerConfig base = cfg.base();
        ConvTrial trial = ConvTrial.train(cfg);
        int dims = base.pixels();
        double[] targets = {base.targetOfClass0(), base.targetOfClass1()};
        TrainingPoints train = TrainingPoints.draw(
                trial.model().stream(RandomStreams.create(base.seed(), RandomStreams.TRAIN)), rfm.trainSize(), targets);
        LaplaceKrr krr = new LaplaceKrr(train.x(), train.y(), dims, rfm.bandwidth(), rfm.ridge());
        Patches patches = Patches.of(trial.net());
        FeatureIteration it = FeatureIteration.run(krr, new ConvRfm(patches), rfm.iterations(), trial.test(), targets,
                base.threshold(), dims, rfm.trainSize());
        Lattice lattice = new Lattice(base.input().dim(), base.input().size(), base.input().periodic());
        double xi0 = base.input().xi().first();
        int taps = cfg.taps();
        double[] m = it.last();
        EigenFeatures eig = EigenFeatures.of(m, taps, rfm.top(), 0, trial.net()::pad, lattice, xi0);
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("final_test_loss", it.loss()[rfm.iterations()]);
        out.put("final_test_accuracy", it.accuracy()[rfm.iterations()]);
        out.put("initial_test_loss", it.loss()[0]);
        out.put("initial_test_accuracy", it.accuracy()[0]);
        putConvComparison(out, trial, m, eig, lattice);
        out.put("m_eig1_ipr", eig.ipr()[0]);
        out.put("m_eig_ipr_mean", eig.iprMean());
        out.put("m_eig_ipr_max", eig.iprMax());
        out.put("m_eig_n_localised", eig.localised());
        out.put("m_diag_ipr", Ipr.of(MatrixOps.diagonal(m, taps)));
        out.put("m_eig1_share", eig.leadingShare());
        out.put("ipr_random_level", Ipr.randomLevel(taps));
        out.put("kurtosis_theory", trial.model().theoreticalExcessKurtosis());
        out.put("kurtosis_empirical", trial.test().excessKurtosis());
        return new TrialResult(TrialStatus.OK, null, -1, rfm.iterations(), ordered(out),
                it.trajectory(taps, rfm.top(), trial.net()::pad, lattice, xi0), eig.rows());
    }

    /** M against the trained conv net (when it trained) and the FC fields (when compared). */
    private static void putConvComparison(Map<String, Double> out, ConvTrial trial, double[] m, EigenFeatures eig,
                                          Lattice lattice) {
        TrialResult c = trial.result();
        if (c.status() != TrialStatus.OK) {
            return;
        }
        double[] wtw = PatchAgop.filterCovariance(trial.net());
        out.put("conv_final_test_accuracy", c.scalar("final_test_accuracy"));
        out.put("fc_final_test_accuracy", c.scalar("fc_final_test_accuracy"));
        out.put("m_conv_corr", Pearson.of(m, wtw));
        out.put("m_conv_cos", PatchAgop.cosine(m, wtw));
        out.put("m_conv_corr_initial", Pearson.of(m, PatchAgop.filterCovariance(trial.initial())));
        out.put("m_cnfa_corr", Pearson.of(m, PatchAgop.of(trial.net(), trial.test(), trial.test().size())));
        out.put("fc_n_localised", c.scalar("fc_n_localised"));
        List<double[]> fields = new ArrayList<>();
        for (NeuronResult nr : c.neurons()) {
            if (nr.neuron() >= trial.net().k && nr.localised()) {
                fields.add(nr.weights());
            }
        }
        out.put("ncc_eig1", FilterMatch.bestPerFilter(new double[][] {eig.rows().get(0).weights()}, fields, lattice)[0]);
    }

    private static Map<String, Double> ordered(Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (MetricSpec s : ConvRfmSchema.METRICS) {
            out.put(s.name(), m.getOrDefault(s.name(), Double.NaN));
        }
        return out;
    }
}
