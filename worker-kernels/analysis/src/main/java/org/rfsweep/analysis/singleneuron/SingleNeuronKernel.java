package org.rfsweep.analysis.singleneuron;

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
import org.rfsweep.kernel.twolayer.TestSet;
import org.rfsweep.metrics.Ipr;
import org.rfsweep.metrics.Lattice;
import org.rfsweep.metrics.ReceptiveField;
import org.rfsweep.metrics.Summary;

/**
 * The {@code single-neuron} kernel (SCIENCE.md §5-6): one neuron ŷ = σ(w·x · scale + b) trained by
 * gradient descent on the squared error to tell the two NLGP (or Gaussian-control) classes apart;
 * reports whether its receptive field localises. This is the model of Lufkin, Saxe &amp; Grant,
 * "Nonlinear dynamics of localization in neural receptive fields" (arXiv 2501.17284), and with
 * {@code activation: cubic} the single-neuron model of Ingrosso &amp; Goldt (PNAS 2022).
 *
 * <p>What the authors' code (github.com/leonlufkin/Localization; {@code experiments/supervise.py},
 * {@code experiments/model_sweep.py}, {@code models/feedforward.py}, {@code datasets/nonlinear_gp.py})
 * does, and this kernel follows:
 * <ul>
 * <li>Training set of {@code num_epochs · batch_size} freshly drawn samples, read once in batches:
 * every step sees {@code batch} new samples (mini-batch online SGD, not full-batch on a fixed set).</li>
 * <li>Loss {@code mse = (ŷ − y)²} averaged over the batch, no ½; plain {@code optax.sgd}.</li>
 * <li>{@code SimpleNet} without bias, ReLU, no input scaling; labels 0/1 with the accuracy
 * threshold 0.5; class i of {@code xi = (0.3, 0.7)} has label i, so label 1 belongs to ξ = 0.7.
 * Here class 0 has target 1, hence LSG's setting is {@code xi: [0.7, 0.3]}.</li>
 * <li>Init {@code xavier_normal_init} with {@code init_scale} 0.001: √0.001 times JAX's
 * {@code glorot_normal}, i.e. variance 0.001 · 2/(D+1) (fan_in + fan_out = D + 1), a truncated
 * normal (±2σ) rescaled to that variance: {@code init: truncated-normal} with
 * {@code init_std} = √(0.002/41) at D = 40 (the default {@code init} is an untruncated normal).</li>
 * <li>Data x = erf(g' z)/√γ with C = exp(−d²/ξ²) on the ring and no jitter: our NLGP with
 * g = √2 g' and {@code jitter: 0}. Evaluation set: 1000 samples.</li>
 * </ul>
 *
 * <p>Randomness: WEIGHTS (initial w), TRAIN (batches), TEST (the test set), keyed by (seed, name).
 * Memory: the test set (float, test_size · N) and O(N) buffers; no batch is stored.
 */
public final class SingleNeuronKernel extends AbstractKernel {
    /** The kernel name in specs. */
    public static final String NAME = "single-neuron";
    /** Bump when results change. */
    public static final String VERSION = "2";
    /** Largest number of training samples, steps · batch. */
    static final double MAX_SAMPLES = 1e13;
    /** Largest test set, in stored floats (as twolayer-sgd). */
    static final long MAX_TEST_FLOATS = 1L << 28;

    public SingleNeuronKernel() {
        super(NAME, VERSION, "one neuron, gradient descent on fresh batches; does its receptive field localise "
                + "(Lufkin, Saxe & Grant 2025; cubic model of Ingrosso & Goldt 2022)",
                SingleNeuronSchema.PARAMS, SingleNeuronSchema.METRICS, TwoLayerSchema.ROLES);
    }

    @Override
    public void validate(ResolvedParams params) {
        SingleNeuronConfig cfg = SingleNeuronConfig.from(params);
        checkSizes(cfg);
        InputModel.of(cfg.input());
    }

    private static void checkSizes(SingleNeuronConfig cfg) {
        if ((double) cfg.steps() * cfg.batch() > MAX_SAMPLES) {
            throw new InvalidParameterException("num_steps", String.format(Locale.ROOT,
                    "num_steps x batch = %d x %d samples exceeds the limit of %.0e", cfg.steps(), cfg.batch(),
                    MAX_SAMPLES));
        }
        if ((long) cfg.testSize() * cfg.pixels() > MAX_TEST_FLOATS) {
            throw new InvalidParameterException("test_size", String.format(Locale.ROOT,
                    "test_size x N = %d x %d values exceeds the limit of %d", cfg.testSize(), cfg.pixels(),
                    MAX_TEST_FLOATS));
        }
    }

    /** Roughly nanoseconds: every training and test sample costs its sampling plus O(N) neuron work. */
    @Override
    public double estimateCost(ResolvedParams params) {
        SingleNeuronConfig cfg = SingleNeuronConfig.from(params);
        double n = cfg.pixels();
        double perSample = (cfg.input().periodic() ? n * (6 + Math.log(n) / Math.log(2)) : 0.5 * n * n) + 2 * n;
        double snapshots = cfg.snapshots() + 1.0;
        return (double) cfg.steps() * cfg.batch() * perSample + cfg.testSize() * (perSample + snapshots * 2 * n);
    }

    /**
     * Runs the trial; a pure function of {@code spec}.
     *
     * @throws IllegalArgumentException if the spec is for another kernel or version
     */
    @Override
    public TrialResult run(TrialSpec spec) {
        requireOwnSpec(spec);
        SingleNeuronConfig cfg = SingleNeuronConfig.from(spec.params());
        checkSizes(cfg);
        InputModel model = InputModel.of(cfg.input());
        long seed = cfg.seed();
        TestSet testSet = TestSet.draw(model.stream(RandomStreams.create(seed, RandomStreams.TEST)), cfg.testSize());
        Neuron neuron = Neuron.initial(cfg, RandomStreams.create(seed, RandomStreams.WEIGHTS));
        SingleNeuronRun run = new SingleNeuronRun(cfg, neuron,
                model.stream(RandomStreams.create(seed, RandomStreams.TRAIN)), new TestEvaluation(testSet, cfg));
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("ipr_random_level", Ipr.randomLevel(cfg.pixels()));
        m.put("kurtosis_theory", model.theoreticalExcessKurtosis());
        m.put("kurtosis_empirical", testSet.excessKurtosis());
        if (!run.run()) {
            m.put("ipr_initial", run.initialIpr());
            String message = String.format(Locale.ROOT, "non-finite pre-activation or weight at gradient step %d",
                    run.divergedStep());
            return new TrialResult(TrialStatus.DIVERGED, message, run.divergedStep(), run.stepsDone(), ordered(m),
                    run.trajectory(), List.of());
        }
        NeuronResult field = field(cfg, neuron);
        putFinal(m, run, field, neuron);
        return new TrialResult(TrialStatus.OK, null, -1, run.stepsDone(), ordered(m), run.trajectory(),
                List.of(field));
    }

    private static NeuronResult field(SingleNeuronConfig cfg, Neuron neuron) {
        double[] w = neuron.w.clone();
        Lattice lattice = new Lattice(cfg.input().dim(), cfg.input().size(), cfg.input().periodic());
        ReceptiveField rf = ReceptiveField.of(w, 0, lattice, cfg.input().xi().first());
        double ipr = Ipr.of(w);
        return new NeuronResult(0, neuron.b, w, ipr, rf.centre(), rf.width(), rf.peakMass(),
                ipr >= Ipr.localisedThreshold(cfg.pixels()));
    }

    private static void putFinal(Map<String, Double> m, SingleNeuronRun run, NeuronResult f, Neuron neuron) {
        m.put("final_test_loss", run.test().loss());
        m.put("final_test_accuracy", run.test().accuracy());
        m.put("ipr_mean", f.ipr());
        m.put("ipr_initial", run.initialIpr());
        m.put("n_localised", f.localised() ? 1.0 : 0.0);
        m.put("centre_0", f.centre()[0]);
        m.put("centre_1", f.centre().length > 1 ? f.centre()[1] : Double.NaN);
        m.put("width_mean", Summary.mean(f.width()));
        m.put("peak_mass_mean", f.peakMass());
        double norm2 = 0;
        for (double v : f.weights()) {
            norm2 += v * v;
        }
        m.put("weight_norm", Math.sqrt(norm2));
        m.put("final_bias", neuron.b);
    }

    /** Every metric of the schema in its order; NaN where not computed. */
    private static Map<String, Double> ordered(Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (MetricSpec spec : SingleNeuronSchema.METRICS) {
            out.put(spec.name(), m.getOrDefault(spec.name(), Double.NaN));
        }
        if (!out.keySet().containsAll(m.keySet())) {
            throw new IllegalStateException("metrics missing from the schema: " + m.keySet());
        }
        return out;
    }
}
