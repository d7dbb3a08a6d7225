package org.rfsweep.analysis.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rfsweep.data.InputModel;
import org.rfsweep.kernel.AbstractKernel;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.NeuronResult;
import org.rfsweep.kernel.RandomStreams;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.kernel.twolayer.BiasMode;
import org.rfsweep.kernel.twolayer.TwoLayerNet;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;

/**
 * The {@code gaussian-flow} kernel (SCIENCE.md §8): the deterministic learning curve that
 * {@code twolayer-sgd}'s online SGD follows for Gaussian inputs with the true class covariances
 * (for the NLGP, §1's arcsin covariance; the Gaussian control samples exactly these), from the
 * ODEs of the mode-resolved overlaps and the biases ({@link FlowEquations}), started from the
 * very W that {@code twolayer-sgd} draws for the same seed. The Gaussian equivalence theorem says
 * the NLGP's SGD should follow it too; where it does not is the point of comparing.
 *
 * <p>What is exact: the loss (closed forms and one 1-D integral per pair of neurons). What is
 * approximate: the accuracy (quasi-Monte-Carlo over the K pre-activations, see
 * {@link AccuracyQuadrature}). What is not predicted: the IPR and every other localisation metric,
 * which need the phases of ŵ(q) while the flow only carries Ω_kl(q), translation-invariant;
 * receptive-field rows therefore hold each neuron's predicted mode power spectrum
 * P_k(q) = |ŵ_k(q)|² (pixel order of q, Σ_q P_k(q) = |w_k|²) in the weights column, and NaN IPR.
 */
public final class GaussianFlowKernel extends AbstractKernel {
    /** The kernel name in specs. */
    public static final String NAME = "gaussian-flow";
    /** Bump when results change. */
    public static final String VERSION = "1";
    /** Largest ODE state, in doubles. */
    static final long MAX_STATE = 1L << 26;

    public GaussianFlowKernel() {
        super(NAME, VERSION, "order-parameter ODEs of twolayer-sgd's online SGD for Gaussian inputs with the true class "
                + "covariances: the Gaussian-equivalent learning curve (Saad & Solla 1995; SCIENCE.md 8)",
                GaussianFlowSchema.PARAMS, GaussianFlowSchema.METRICS, TwoLayerSchema.ROLES);
    }

    @Override
    public void validate(ResolvedParams params) {
        GaussianFlowConfig cfg = GaussianFlowConfig.from(params);
        checkSizes(cfg);
        InputModel.of(cfg.network().input());
    }

    private static void checkSizes(GaussianFlowConfig cfg) {
        var net = cfg.network();
        if (net.evaluations() > net.snapshots()) {
            throw new InvalidParameterException("evaluations", String.format(Locale.ROOT,
                    "evaluations happen at snapshots, so there can be at most snapshots = %d of them, got %d",
                    net.snapshots(), net.evaluations()));
        }
        long state = (long) cfg.pixels() * cfg.width() * cfg.width();
        if (state > MAX_STATE) {
            throw new InvalidParameterException("width", String.format(Locale.ROOT,
                    "N x width^2 = %d x %d^2 order parameters exceeds the limit of %d", cfg.pixels(), cfg.width(),
                    MAX_STATE));
        }
    }

    /**
     * Roughly nanoseconds: each right-hand side costs ~K⁴/2 bivariate normal integrals (~50 ns)
     * plus N·K³ for the mode drifts, and an adaptive run takes a few hundred steps per decade of
     * time; the accuracy integral costs points·K² per evaluation.
     */
    @Override
    public double estimateCost(ResolvedParams params) {
        GaussianFlowConfig cfg = GaussianFlowConfig.from(params);
        double k = cfg.width();
        double perRhs = 50 * k * k * k * k + 2.0 * cfg.pixels() * k * k * k;
        double rhs = 6 * 300 * Math.max(1, Math.log10(10 * cfg.network().time()));
        double acc = (cfg.network().evaluations() + 1.0) * 2 * cfg.accuracyPoints() * (k * k + 10 * k);
        return perRhs * rhs + acc;
    }

    /**
     * Runs the trial; a pure function of {@code spec}.
     *
     * @throws IllegalArgumentException if the spec is for another kernel or version
     */
    @Override
    public TrialResult run(TrialSpec spec) {
        requireOwnSpec(spec);
        GaussianFlowConfig cfg = GaussianFlowConfig.from(spec.params());
        checkSizes(cfg);
        var net = cfg.network();
        ModeOrbits orbits = ModeOrbits.of(FamilySpectrum.of(net.input()));
        TwoLayerNet initial = TwoLayerNet.initial(net, RandomStreams.create(net.seed(), RandomStreams.WEIGHTS));
        int k = cfg.width();
        double[] omega = orbits.overlaps(initial.w);
        double[] state = java.util.Arrays.copyOf(omega, omega.length + k);
        System.arraycopy(initial.b, 0, state, omega.length, k);
        FlowEquations eq = new FlowEquations(orbits, k, 1 / net.readout().norm(k),
                new double[] {cfg.target(0), cfg.target(1)}, net.lr(), net.batch(), net.bias() == BiasMode.TRAINED);
        FlowRun run = new FlowRun(cfg, eq, state);
        boolean ok = run.run();
        Map<String, Double> m = metrics(cfg, orbits, eq, run, ok);
        if (!ok) {
            return new TrialResult(TrialStatus.DIVERGED, run.failure(), run.lastStep(), run.lastStep(), m,
                    run.trajectory(), List.of());
        }
        return new TrialResult(TrialStatus.OK, null, -1, net.totalSteps(), m, run.trajectory(),
                spectra(orbits, eq, run.state(), k));
    }

    private static Map<String, Double> metrics(GaussianFlowConfig cfg, ModeOrbits orbits, FlowEquations eq,
                                               FlowRun run, boolean ok) {
        Map<String, Double> m = new LinkedHashMap<>();
        GaussianFlowSchema.METRICS.forEach(s -> m.put(s.name(), Double.NaN));
        m.put("ode_evaluations", (double) eq.evaluations());
        if (!ok) {
            return m;
        }
        double[] y = run.state();
        int k = cfg.width();
        m.put("final_test_loss", 0.5 * (eq.moments(y, 0).loss() + eq.moments(y, 1).loss()));
        m.put("final_test_accuracy", 0.5 * (run.classAccuracy(0, false) + run.classAccuracy(1, false)));
        m.put("accuracy_qmc_error", 0.5 * (run.classAccuracy(0, true) + run.classAccuracy(1, true)));
        double[] b = eq.biases(y);
        int half = k / 2;
        m.put("final_bias_mean_pos", half == 0 ? Double.NaN : mean(b, 0, half));
        m.put("final_bias_mean_neg", mean(b, half, k));
        double norm = 0;
        for (int o = 0; o < orbits.count(); o++) {
            for (int j = 0; j < k; j++) {
                norm += y[o * k * k + j * k + j];
            }
        }
        m.put("weight_norm_sq_mean", norm / k / cfg.pixels());
        m.put("overlap_q0_mean", diagonalMean(eq.overlap(y, 0), k));
        m.put("overlap_q1_mean", diagonalMean(eq.overlap(y, 1), k));
        return m;
    }

    private static double mean(double[] v, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += v[i];
        }
        return s / (to - from);
    }

    private static double diagonalMean(double[] q, int k) {
        double s = 0;
        for (int j = 0; j < k; j++) {
            s += q[j * k + j];
        }
        return s / k;
    }

    /** Per neuron: its bias and its predicted mode power spectrum |ŵ_k(q)|² over the N modes. */
    private static List<NeuronResult> spectra(ModeOrbits orbits, FlowEquations eq, double[] y, int k) {
        double[] b = eq.biases(y);
        List<NeuronResult> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double[] power = new double[orbits.modes()];
            for (int q = 0; q < power.length; q++) {
                int o = orbits.orbitOf(q);
                power[q] = y[o * k * k + j * k + j] / orbits.multiplicity(o);
            }
            out.add(new NeuronResult(j, b[j], power, Double.NaN, new double[] {Double.NaN},
                    new double[] {Double.NaN}, Double.NaN, false));
        }
        return out;
    }
}
