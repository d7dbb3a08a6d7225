package org.rfsweep.analysis.cumulant;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.rfsweep.kernel.Trajectory;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.metrics.Ipr;
import org.rfsweep.metrics.Lattice;
import org.rfsweep.metrics.MomentAccumulator;
import org.rfsweep.metrics.ReceptiveField;
import org.rfsweep.metrics.Summary;

/**
 * The {@code cumulant-cp} kernel (SCIENCE.md §5): the leading symmetric CP factors
 * ΔT ≈ Σ_r γ_r u_r⊗u_r⊗u_r⊗u_r of the fourth cumulant of one class's inputs, the tensor that
 * drives the single neuron's localisation in Ingrosso &amp; Goldt (PNAS 2022) and Lufkin, Saxe &amp;
 * Grant (arXiv 2501.17284). The tensor is never stored: its contractions are sample averages over
 * a fixed sample set minus the exact Gaussian part ({@link SampleCumulant}); the factors come from
 * a shifted power method with random restarts and deflation ({@link CpDecomposition}).
 *
 * <p>One class at a time ({@code class}: 0 or 1), because ΔT is a property of each class's
 * distribution: the NLGP's class-conditional cumulant is what the papers link to localisation, it
 * vanishes exactly for the Gaussian control, and the cumulant of the two-class mixture would add
 * the term (C0 − C1)⊗(C0 − C1) (symmetrised) that is non-zero even for Gaussian inputs.
 *
 * <p>Results: one {@link NeuronResult} per factor, in deflation order, with weights u_r (unit
 * norm, largest entry positive) and its IPR, centre, width, peak mass and localisation; the
 * {@code bias} field holds the factor's weight γ_r (a factor has no bias). Scalars gamma_1 ..
 * gamma_8 (NaN beyond rank) and the leading factor's shape. No trajectory.
 *
 * <p>Randomness: TRAIN (the sample set), WEIGHTS (the power method's start vectors). Memory: the
 * sample set, 8·samples·N bytes (at most {@value #MAX_SAMPLE_VALUES} values, 128 MiB), and the
 * dense N × N covariance (N ≤ {@value #MAX_PIXELS}).
 */
public final class CumulantCpKernel extends AbstractKernel {
    /** The kernel name in specs. */
    public static final String NAME = "cumulant-cp";
    /** Bump when results change. */
    public static final String VERSION = "2";
    /** Largest sample set, samples · N doubles. */
    static final long MAX_SAMPLE_VALUES = 1L << 24;
    /** Largest N (the exact covariance is dense). */
    static final int MAX_PIXELS = 1024;

    public CumulantCpKernel() {
        super(NAME, VERSION, "leading symmetric CP factors of the inputs' fourth cumulant, tensor-free "
                + "(power method with restarts and deflation): do they localise, how wide are they",
                CumulantSchema.PARAMS, CumulantSchema.METRICS, TwoLayerSchema.ROLES);
    }

    @Override
    public void validate(ResolvedParams params) {
        CumulantConfig cfg = CumulantConfig.from(params);
        checkSizes(cfg);
        InputModel.of(cfg.input());
    }

    private static void checkSizes(CumulantConfig cfg) {
        if (cfg.pixels() > MAX_PIXELS) {
            throw new InvalidParameterException("size", String.format(Locale.ROOT,
                    "the exact covariance is dense, so N = size^dim must be at most %d: size %d, dim %d",
                    MAX_PIXELS, cfg.input().size(), cfg.input().dim()));
        }
        if ((long) cfg.samples() * cfg.pixels() > MAX_SAMPLE_VALUES) {
            throw new InvalidParameterException("samples", String.format(Locale.ROOT,
                    "samples x N = %d x %d values exceeds the limit of %d (128 MiB)", cfg.samples(), cfg.pixels(),
                    MAX_SAMPLE_VALUES));
        }
    }

    /**
     * Roughly nanoseconds: drawing about 2·samples samples, then per factor, start and sign some
     * tens of contractions of 2·S·N + N² multiply-adds each.
     */
    @Override
    public double estimateCost(ResolvedParams params) {
        CumulantConfig cfg = CumulantConfig.from(params);
        double n = cfg.pixels();
        double perSample = cfg.input().periodic() ? n * (6 + Math.log(n) / Math.log(2)) : 0.5 * n * n;
        double contraction = 2.0 * cfg.samples() * n + n * n;
        double runs = 2.0 * cfg.rank() * cfg.restarts() * Math.min(cfg.maxIter(), 40);
        return 2.0 * cfg.samples() * perSample + runs * contraction;
    }

    /**
     * Runs the trial; a pure function of {@code spec}.
     *
     * @throws IllegalArgumentException if the spec is for another kernel or version
     */
    @Override
    public TrialResult run(TrialSpec spec) {
        requireOwnSpec(spec);
        CumulantConfig cfg = CumulantConfig.from(spec.params());
        checkSizes(cfg);
        InputModel model = InputModel.of(cfg.input());
        ClassSamples samples = ClassSamples.draw(model.stream(RandomStreams.create(cfg.seed(), RandomStreams.TRAIN)),
                cfg.cls(), cfg.samples());
        SampleCumulant cumulant = new SampleCumulant(samples, model.inputCovariance(cfg.cls()));
        CpDecomposition.Factor[] factors = CpDecomposition.run(cumulant, cfg.rank(), cfg.restarts(),
                RandomStreams.create(cfg.seed(), RandomStreams.WEIGHTS), cfg.maxIter(), cfg.tol());
        List<NeuronResult> fields = fields(cfg, factors);
        Map<String, Double> m = new LinkedHashMap<>();
        putFactors(m, factors, fields, cumulant.standardError(factors[0].u()));
        m.put("ipr_random_level", Ipr.randomLevel(cfg.pixels()));
        m.put("kurtosis_theory", model.theoreticalExcessKurtosis());
        m.put("kurtosis_empirical", kurtosis(samples));
        for (Map.Entry<String, Double> e : m.entrySet()) {
            if (e.getKey().startsWith("gamma_") && !Double.isFinite(e.getValue())) {
                throw new IllegalStateException("non-finite " + e.getKey() + ": " + e.getValue());
            }
        }
        return new TrialResult(TrialStatus.OK, null, -1, 0, ordered(m), Trajectory.EMPTY, fields);
    }

    private static List<NeuronResult> fields(CumulantConfig cfg, CpDecomposition.Factor[] factors) {
        Lattice lattice = new Lattice(cfg.input().dim(), cfg.input().size(), cfg.input().periodic());
        double threshold = Ipr.localisedThreshold(cfg.pixels());
        List<NeuronResult> out = new ArrayList<>();
        for (int r = 0; r < factors.length; r++) {
            double[] u = factors[r].u().clone();
            ReceptiveField rf = ReceptiveField.of(u, 0, lattice, cfg.input().xi().get(cfg.cls()));
            double ipr = Ipr.of(u);
            out.add(new NeuronResult(r, factors[r].gamma(), u, ipr, rf.centre(), rf.width(), rf.peakMass(),
                    ipr >= threshold));
        }
        return out;
    }

    private static void putFactors(Map<String, Double> m, CpDecomposition.Factor[] factors, List<NeuronResult> fields,
                                   double standardError) {
        double[] ipr = new double[fields.size()];
        double[] widths = new double[fields.size()];
        int localised = 0;
        int iterations = 0;
        for (int r = 0; r < factors.length; r++) {
            m.put("gamma_" + (r + 1), factors[r].gamma());
            ipr[r] = fields.get(r).ipr();
            iterations += factors[r].iterations();
            if (fields.get(r).localised()) {
                widths[localised++] = Summary.mean(fields.get(r).width());
            }
        }
        NeuronResult top = fields.get(0);
        m.put("gamma_se_1", standardError);
        m.put("ipr_top", top.ipr());
        m.put("width_top", Summary.mean(top.width()));
        m.put("peak_mass_top", top.peakMass());
        m.put("ipr_mean", Summary.mean(ipr));
        m.put("ipr_max", Summary.max(ipr));
        m.put("n_localised", (double) localised);
        m.put("width_mean", Summary.mean(Arrays.copyOf(widths, localised)));
        m.put("power_iterations", (double) iterations);
    }

    private static double kurtosis(ClassSamples samples) {
        MomentAccumulator acc = new MomentAccumulator();
        for (int s = 0; s < samples.count; s++) {
            acc.addAll(samples.x, s * samples.n, samples.n); // one sample per slice, as the accumulator expects
        }
        return acc.excessKurtosis();
    }

    /** Every metric of the schema in its order; NaN where not computed (gamma beyond rank). */
    private static Map<String, Double> ordered(Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (MetricSpec spec : CumulantSchema.METRICS) {
            out.put(spec.name(), m.getOrDefault(spec.name(), Double.NaN));
        }
        if (!out.keySet().containsAll(m.keySet())) {
            throw new IllegalStateException("metrics missing from the schema: " + m.keySet());
        }
        return out;
    }
}
