package org.rfsweep.analysis.effective;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rfsweep.analysis.singleneuron.Neuron;
import org.rfsweep.analysis.singleneuron.SingleNeuronConfig;
import org.rfsweep.analysis.singleneuron.SingleNeuronSchema;
import org.rfsweep.data.InputConfig;
import org.rfsweep.data.EllipticalFamily;
import org.rfsweep.data.InputFamily;
import org.rfsweep.data.IsingRing;
import org.rfsweep.data.NlgpFamily;
import org.rfsweep.data.NortaFamily;
import org.rfsweep.data.InputModel;
import org.rfsweep.kernel.AbstractKernel;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.NeuronResult;
import org.rfsweep.kernel.RandomStreams;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.Trajectory;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.kernel.twolayer.Schedule;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;
import org.rfsweep.metrics.Ipr;
import org.rfsweep.metrics.Lattice;
import org.rfsweep.metrics.ReceptiveField;
import org.rfsweep.metrics.Summary;

/**
 * The {@code effective-dynamics} kernel: LSG25's effective single-neuron flow ({@link EffectiveFlow},
 * SCIENCE.md §8) from the initial weights {@code single-neuron} draws for the same seed, with the
 * exact class covariances of the inputs (any family of §7, from core's {@code InputModel}) and the
 * amplifier φ of their pixel marginal: NLGP erf(g z/√2)/√γ, z ~ N(0, 1 + jitter); NORTA Q(Φ(z̃))/s,
 * by the same exact 1-D quadrature; Ising ±1 pixels, φ(a) = erf(a/√(2(1 − a²))); elliptical data
 * the exactly linear φ(a) = E|x_i| a (SCIENCE.md §8); every Gaussian control and g = 0: the
 * Gaussian of the same variance, √(2/π) a. Reports the predicted final field as a receptive-field
 * row, its IPR, centre and width, and the IPR at log-spaced steps (trajectories; no loss is
 * predicted).
 *
 * <p>Version 2: the family parameters (control, marginal, radial, shape, kurtosis, coupling) and
 * the amplifiers above. Version 1 took the elliptical and Ising families' pixels for Gaussian
 * (their φ was √(2/π) a) and could not express NORTA; its NLGP and Gaussian results are unchanged
 * bit for bit, but the version is in every trial id.
 */
public final class EffectiveDynamicsKernel extends AbstractKernel {
    /** The kernel name in specs. */
    public static final String NAME = "effective-dynamics";
    /** Bump when results change. */
    public static final String VERSION = "2";
    /** Dense covariances: N² doubles each. */
    static final int MAX_PIXELS = 2048;

    public EffectiveDynamicsKernel() {
        super(NAME, VERSION, "LSG25's effective single-neuron flow w <- w + tau[phi(a) - (S0 + S1) w] with the amplifier "
                + "phi of the pixel marginal (Lufkin, Saxe & Grant 2025; SCIENCE.md 8)",
                EffectiveSchema.PARAMS, EffectiveSchema.METRICS, TwoLayerSchema.ROLES);
    }

    /** The single-neuron configuration of the same grid point (its defaults elsewhere: ReLU, no bias, labels 1/0). */
    static SingleNeuronConfig singleNeuron(ResolvedParams p) {
        Map<String, Object> raw = new LinkedHashMap<>(p.asMap());
        raw.values().removeIf(v -> v instanceof Double d && d.isNaN()); // optional parameters left unset (shape, kurtosis)
        return SingleNeuronConfig.from(SingleNeuronSchema.PARAMS.resolve(raw));
    }

    @Override
    public void validate(ResolvedParams params) {
        SingleNeuronConfig cfg = singleNeuron(params);
        if (cfg.pixels() > MAX_PIXELS) {
            throw new InvalidParameterException("size", String.format(Locale.ROOT,
                    "the flow multiplies by dense N x N covariances, so N = size^dim must be at most %d, got %d",
                    MAX_PIXELS, cfg.pixels()));
        }
        InputModel.of(cfg.input());
    }

    /** Nanoseconds, roughly: two dense products and N amplifier quadratures (~30 µs each) per step. */
    @Override
    public double estimateCost(ResolvedParams params) {
        SingleNeuronConfig cfg = singleNeuron(params);
        double n = cfg.pixels();
        return cfg.steps() * (2 * n * n + 3e4 * n);
    }

    @Override
    public TrialResult run(TrialSpec spec) {
        requireOwnSpec(spec);
        SingleNeuronConfig cfg = singleNeuron(spec.params());
        validate(spec.params());
        InputModel model = InputModel.of(cfg.input());
        double kurtosis = model.theoreticalExcessKurtosis();
        EffectiveFlow flow = new EffectiveFlow(model.inputCovariance(0), model.inputCovariance(1),
                amplifier(cfg.input(), model.inputCovariance(0)[0]), cfg.lr() / 2);
        double[] w = Neuron.initial(cfg, RandomStreams.create(cfg.seed(), RandomStreams.WEIGHTS)).w;
        double initialIpr = Ipr.of(w);
        Schedule schedule = Schedule.of(cfg.steps(), 1, cfg.steps(), cfg.snapshots(), cfg.snapshots());
        long[] at = schedule.steps();
        double[] ipr = new double[at.length];
        ipr[0] = initialIpr;
        long done = 0;
        for (int j = 1; j < at.length; j++) {
            for (; done < at[j]; done++) {
                if (!flow.step(w)) {
                    return diverged(cfg, done + 1, trajectory(at, ipr, j), initialIpr, kurtosis);
                }
            }
            ipr[j] = Ipr.of(w);
        }
        Map<String, Double> m = base(cfg, initialIpr, kurtosis);
        NeuronResult field = field(cfg, w);
        m.put("ipr_mean", field.ipr());
        m.put("n_localised", field.localised() ? 1.0 : 0.0);
        m.put("centre_0", field.centre()[0]);
        m.put("centre_1", field.centre().length > 1 ? field.centre()[1] : Double.NaN);
        m.put("width_mean", Summary.mean(field.width()));
        m.put("peak_mass_mean", field.peakMass());
        m.put("weight_norm", Math.sqrt(Arrays.stream(w).map(v -> v * v).sum()));
        m.put("a_max", flow.aMax());
        return new TrialResult(TrialStatus.OK, null, -1, done, m, trajectory(at, ipr, at.length), List.of(field));
    }

    /** φ of the family's pixel law (the Gaussian of the pixel variance {@code variance} for a control). */
    static Amplifier amplifier(InputConfig input, double variance) {
        InputFamily f = input.family();
        double v = input.latentVariance();
        if (input.control()) {
            return new Amplifier(LatentMarginal.gaussian(variance));
        }
        if (f instanceof EllipticalFamily e) {
            return Amplifier.linear(e.meanAbsPixel(v, input.pixels()));
        }
        return new Amplifier(marginal(input, variance));
    }

    /**
     * The pixel marginal of the family's own law: the NLGP's at g &gt; 0, NORTA's, Ising's ±1; the
     * Gaussian of the pixel variance {@code variance} for a control and for g = 0.
     *
     * @throws IllegalArgumentException for elliptical data, whose pixels are no function of one latent
     *                                  value (their amplifier is {@link Amplifier#linear})
     */
    static PixelMarginal marginal(InputConfig input, double variance) {
        InputFamily f = input.family();
        double v = input.latentVariance();
        if (input.control()) {
            return LatentMarginal.gaussian(variance);
        }
        if (f instanceof NlgpFamily n) {
            return n.gain() > 0 ? LatentMarginal.nlgp(n.gain(), v) : LatentMarginal.gaussian(variance);
        }
        if (f instanceof NortaFamily n) {
            return LatentMarginal.norta(n::pixel, v, f.excessKurtosis(v, input.pixels()));
        }
        if (f instanceof IsingRing) {
            return new SignMarginal();
        }
        throw new IllegalArgumentException("no pixel marginal of one latent value for " + f.describe());
    }

    private static Map<String, Double> base(SingleNeuronConfig cfg, double initialIpr, double kurtosis) {
        Map<String, Double> m = new LinkedHashMap<>();
        EffectiveSchema.METRICS.forEach(s -> m.put(s.name(), Double.NaN));
        m.put("ipr_initial", initialIpr);
        m.put("ipr_random_level", Ipr.randomLevel(cfg.pixels()));
        m.put("kurtosis_theory", kurtosis);
        m.put("input_shape", cfg.input().family().shape());
        return m;
    }

    private static TrialResult diverged(SingleNeuronConfig cfg, long step, Trajectory t, double initialIpr,
                                        double kurtosis) {
        String message = String.format(Locale.ROOT, "w' Sigma w not positive or a weight not finite at step %d", step);
        return new TrialResult(TrialStatus.DIVERGED, message, step, step - 1, base(cfg, initialIpr, kurtosis), t,
                List.of());
    }

    private static Trajectory trajectory(long[] at, double[] ipr, int count) {
        long[] steps = Arrays.copyOf(at, count);
        double[] times = new double[count];
        double[] nan = new double[count];
        Arrays.fill(nan, Double.NaN);
        double[][] per = new double[count][];
        for (int j = 0; j < count; j++) {
            times[j] = steps[j];
            per[j] = new double[] {ipr[j]};
        }
        double[] i = Arrays.copyOf(ipr, count);
        return new Trajectory(steps, times, nan, nan.clone(), i, i.clone(), per);
    }

    private static NeuronResult field(SingleNeuronConfig cfg, double[] w) {
        Lattice lattice = new Lattice(cfg.input().dim(), cfg.input().size(), cfg.input().periodic());
        ReceptiveField rf = ReceptiveField.of(w, 0, lattice, cfg.input().xi().first());
        double ipr = Ipr.of(w);
        return new NeuronResult(0, 0, w.clone(), ipr, rf.centre(), rf.width(), rf.peakMass(),
                ipr >= Ipr.localisedThreshold(cfg.pixels()));
    }
}
