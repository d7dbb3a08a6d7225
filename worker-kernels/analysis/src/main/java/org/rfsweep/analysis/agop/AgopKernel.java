package org.rfsweep.analysis.agop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rfsweep.data.InputModel;
import org.rfsweep.kernel.AbstractKernel;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.NeuronResult;
import org.rfsweep.kernel.RandomStreams;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.kernel.twolayer.TwoLayerConfig;
import org.rfsweep.kernel.twolayer.TwoLayerNet;
import org.rfsweep.kernel.twolayer.TwoLayerSgdKernel;
import org.rfsweep.kernel.twolayer.TwoLayerTrial;
import org.rfsweep.metrics.Lattice;

/**
 * The {@code agop} kernel (SCIENCE.md §5): trains the two-layer network exactly as
 * {@code twolayer-sgd} does at the same parameters and seed (same code, same random streams, so
 * the same W), then measures the neural feature ansatz (Radhakrishnan et al., Science 383 2024;
 * Beaglehole et al., arXiv 2309.00570): the average gradient outer product
 * G = mean_p ∇ₓf(x_p) ∇ₓf(x_p)ᵀ of the trained predictor over the fixed test inputs
 * ({@link Agop}), its Pearson correlation with WᵀW, and the IPR of its leading eigenvectors.
 *
 * <p>Results: every {@code twolayer-sgd} metric, trajectory point and receptive field (neurons
 * 0..K−1), then the AGOP metrics of {@link AgopSchema#METRICS} (with nfa_corr_initial, the same
 * correlation for the untrained network drawn from the same WEIGHTS stream, as the baseline the
 * architecture gives by itself); the receptive-field rows K..K+agop_top−1
 * are G's leading eigenvectors (see {@link AgopAnalysis}: bias column = eigenvalue).
 */
public final class AgopKernel extends AbstractKernel {
    /** The kernel name in specs. */
    public static final String NAME = "agop";
    /** Bump when results change. */
    public static final String VERSION = "2";
    /** G is a dense N × N matrix decomposed in O(N³): N is limited to keep a trial in seconds and 32 MB. */
    static final int MAX_PIXELS = 2048;

    private final TwoLayerSgdKernel twoLayer = new TwoLayerSgdKernel();

    public AgopKernel() {
        super(NAME, VERSION, "twolayer-sgd network, then its average gradient outer product G: corr(W^T W, G) "
                + "(neural feature ansatz) and the IPR of G's eigenvectors (Beaglehole et al. 2023)",
                AgopSchema.PARAMS, AgopSchema.METRICS, TwoLayerSchema.ROLES);
    }

    /** Everything {@code twolayer-sgd} checks, then N, agop_top and agop_samples. */
    @Override
    public void validate(ResolvedParams params) {
        twoLayer.validate(params);
        TwoLayerConfig cfg = TwoLayerConfig.from(params);
        int n = cfg.pixels();
        if (n > MAX_PIXELS) {
            throw new InvalidParameterException("size", String.format(Locale.ROOT,
                    "the AGOP is a dense N x N matrix, so N = size^dim must be at most %d: got %d", MAX_PIXELS, n));
        }
        int top = params.getInt("agop_top");
        if (top > cfg.width()) {
            throw new InvalidParameterException("agop_top", String.format(Locale.ROOT,
                    "G = W^T M W has rank at most width = %d, so at most %d eigenvectors are meaningful: got %d",
                    cfg.width(), cfg.width(), top));
        }
        if (params.getInt("agop_samples") > cfg.testSize()) {
            throw new InvalidParameterException("agop_samples", String.format(Locale.ROOT,
                    "the AGOP averages over test samples, so agop_samples must be at most test_size = %d: got %d",
                    cfg.testSize(), params.getInt("agop_samples")));
        }
    }

    /** The twolayer-sgd cost plus the AGOP: O(P·K·(N + K)) for M, O(K·N²) for G, O(N³) for eigSym. */
    @Override
    public double estimateCost(ResolvedParams params) {
        TwoLayerConfig cfg = TwoLayerConfig.from(params);
        double n = cfg.pixels();
        double p = samples(params, cfg);
        return twoLayer.estimateCost(params) + p * cfg.width() * (n + cfg.width()) + cfg.width() * n * n + 5 * n * n * n;
    }

    private static int samples(ResolvedParams params, TwoLayerConfig cfg) {
        int given = params.getInt("agop_samples");
        return given == 0 ? cfg.testSize() : given;
    }

    /**
     * Runs the trial: a pure function of {@code spec}.
     *
     * @throws IllegalArgumentException if the spec is for another kernel or version
     */
    @Override
    public TrialResult run(TrialSpec spec) {
        requireOwnSpec(spec);
        ResolvedParams params = spec.params();
        validate(params);
        TwoLayerConfig cfg = TwoLayerConfig.from(params);
        TwoLayerTrial.Trained trained = TwoLayerTrial.train(cfg, InputModel.of(cfg.input()));
        TrialResult fc = trained.result();
        if (fc.status() != TrialStatus.OK) {
            return new TrialResult(fc.status(), fc.message(), fc.divergedStep(), fc.steps(), ordered(fc.scalars()),
                    fc.trajectory(), fc.neurons());
        }
        Lattice lattice = new Lattice(cfg.input().dim(), cfg.input().size(), cfg.input().periodic());
        AgopAnalysis agop = AgopAnalysis.of(trained.net(), trained.testSet(), samples(params, cfg),
                params.getInt("agop_top"), lattice, cfg.input().xi().first());
        Map<String, Double> m = new LinkedHashMap<>(fc.scalars());
        m.putAll(agop.scalars());
        TwoLayerNet initial = TwoLayerNet.initial(cfg, RandomStreams.create(cfg.seed(), RandomStreams.WEIGHTS));
        m.put("nfa_corr_initial", AgopAnalysis.nfaCorrelation(initial, trained.testSet(), samples(params, cfg)));
        List<NeuronResult> rows = new ArrayList<>(fc.neurons());
        rows.addAll(agop.eigenvectors());
        return new TrialResult(TrialStatus.OK, null, -1, fc.steps(), ordered(m), fc.trajectory(), rows);
    }

    /** Every metric of the schema in its order; NaN where not computed. */
    private static Map<String, Double> ordered(Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (MetricSpec s : AgopSchema.METRICS) {
            out.put(s.name(), m.getOrDefault(s.name(), Double.NaN));
        }
        return out;
    }
}
