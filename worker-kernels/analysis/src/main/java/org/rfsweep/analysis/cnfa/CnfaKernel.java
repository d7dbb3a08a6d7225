package org.rfsweep.analysis.cnfa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rfsweep.analysis.agop.Pearson;
import org.rfsweep.analysis.conv.ConvConfig;
import org.rfsweep.analysis.conv.ConvNetKernel;
import org.rfsweep.analysis.conv.ConvTrial;
import org.rfsweep.analysis.conv.PatchAgop;
import org.rfsweep.analysis.linalg.EigenFeatures;
import org.rfsweep.kernel.AbstractKernel;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.NeuronResult;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;
import org.rfsweep.metrics.Lattice;

/**
 * The {@code cnfa} kernel: the convolutional neural feature ansatz (Beaglehole et al., arXiv
 * 2309.00570; SCIENCE.md §9) for the conv net of the grid point. It trains exactly the
 * {@code conv-net} network (same code and streams: the same filters and every conv-net result),
 * then computes the patch-AGOP G of the trained predictor over the fixed test images
 * ({@link PatchAgop}) and compares the filter covariance WᵀW with it (Pearson correlation of
 * the centred flattened matrices, and cosine similarity; G itself, not G^½), against two
 * baselines: the initial filters' W₀ᵀW₀ against the same G, and the untrained network against its
 * own patch-AGOP. Also the IPR of G's leading eigenvectors.
 *
 * <p>Receptive-field rows: conv-net's (filters 0..K−1, with {@code compare_fc} the FC neurons
 * K..2K−1), then G's {@code cnfa_top} leading eigenvectors, padded to N like the filters (bias
 * column = eigenvalue).
 */
public final class CnfaKernel extends AbstractKernel {
    /** The kernel name in specs. */
    public static final String NAME = "cnfa";
    /** Bump when results change. */
    public static final String VERSION = "1";

    private final ConvNetKernel conv = new ConvNetKernel();

    public CnfaKernel() {
        super(NAME, VERSION, "conv-net of the grid point, then its patch-AGOP G: corr and cosine of the filter "
                + "covariance W^T W with G (convolutional neural feature ansatz, Beaglehole et al. 2023)",
                CnfaSchema.PARAMS, CnfaSchema.METRICS, TwoLayerSchema.ROLES);
    }

    /** Everything {@code conv-net} checks, then cnfa_top and cnfa_samples. */
    @Override
    public void validate(ResolvedParams params) {
        conv.validate(params);
        ConvConfig cfg = ConvConfig.from(params);
        int top = params.getInt("cnfa_top");
        if (top > cfg.taps()) {
            throw new InvalidParameterException("cnfa_top", String.format(Locale.ROOT,
                    "the patch-AGOP is %d x %d (filter_width^dim), so at most %d eigenvectors exist: got %d",
                    cfg.taps(), cfg.taps(), cfg.taps(), top));
        }
        if (params.getInt("cnfa_samples") > cfg.base().testSize()) {
            throw new InvalidParameterException("cnfa_samples", String.format(Locale.ROOT,
                    "the patch-AGOP averages over test images, so cnfa_samples must be at most test_size = %d: got %d",
                    cfg.base().testSize(), params.getInt("cnfa_samples")));
        }
    }

    /** The conv-net cost plus two patch-AGOPs: a forward pass and P·K² per image. */
    @Override
    public double estimateCost(ResolvedParams params) {
        ConvConfig cfg = ConvConfig.from(params);
        double k = cfg.base().width();
        double perImage = k * cfg.positions() * (cfg.taps() * 0.3 + 10 + k);
        return conv.estimateCost(params) + 2 * samples(params, cfg) * perImage;
    }

    private static int samples(ResolvedParams params, ConvConfig cfg) {
        int given = params.getInt("cnfa_samples");
        return given == 0 ? cfg.base().testSize() : given;
    }

    /**
     * Runs the trial: a pure function of {@code spec}.
     *
     * @throws IllegalArgumentException if the spec is for another kernel or version, or invalid
     */
    @Override
    public TrialResult run(TrialSpec spec) {
        requireOwnSpec(spec);
        ResolvedParams params = spec.params();
        validate(params);
        ConvConfig cfg = ConvConfig.from(params);
        ConvTrial trial = ConvTrial.train(cfg);
        TrialResult c = trial.result();
        if (c.status() != TrialStatus.OK) {
            return new TrialResult(c.status(), c.message(), c.divergedStep(), c.steps(), ordered(c.scalars()),
                    c.trajectory(), c.neurons());
        }
        int samples = samples(params, cfg);
        double[] g = PatchAgop.of(trial.net(), trial.test(), samples);
        double[] wtw = PatchAgop.filterCovariance(trial.net());
        double[] w0 = PatchAgop.filterCovariance(trial.initial());
        Map<String, Double> m = new LinkedHashMap<>(c.scalars());
        m.put("cnfa_corr", Pearson.of(wtw, g));
        m.put("cnfa_cos", PatchAgop.cosine(wtw, g));
        m.put("cnfa_corr_initial_filters", Pearson.of(w0, g));
        m.put("cnfa_cos_initial_filters", PatchAgop.cosine(w0, g));
        m.put("cnfa_corr_untrained", Pearson.of(w0, PatchAgop.of(trial.initial(), trial.test(), samples)));
        Lattice lattice = new Lattice(cfg.base().input().dim(), cfg.base().input().size(),
                cfg.base().input().periodic());
        EigenFeatures eig = EigenFeatures.of(g, cfg.taps(), params.getInt("cnfa_top"), c.neurons().size(),
                trial.net()::pad, lattice, cfg.base().input().xi().first());
        m.put("cnfa_eig1_ipr", eig.ipr()[0]);
        m.put("cnfa_eig_ipr_mean", eig.iprMean());
        m.put("cnfa_eig_ipr_max", eig.iprMax());
        m.put("cnfa_eig_n_localised", eig.localised());
        m.put("cnfa_eig1_share", eig.leadingShare());
        m.put("cnfa_samples_used", (double) samples);
        List<NeuronResult> rows = new ArrayList<>(c.neurons());
        rows.addAll(eig.rows());
        return new TrialResult(TrialStatus.OK, null, -1, c.steps(), ordered(m), c.trajectory(), rows);
    }

    private static Map<String, Double> ordered(Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (MetricSpec s : CnfaSchema.METRICS) {
            out.put(s.name(), m.getOrDefault(s.name(), Double.NaN));
        }
        return out;
    }
}
