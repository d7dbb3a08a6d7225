package org.rfsweep.analysis.conv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.NeuronResult;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.metrics.Ipr;
import org.rfsweep.metrics.Lattice;
import org.rfsweep.metrics.ReceptiveField;
import org.rfsweep.metrics.Summary;

/**
 * Turns a finished {@code conv-net} run (and the optional FC comparison) into a
 * {@link TrialResult} in {@link ConvSchema#METRICS} order.
 *
 * <p>Receptive-field rows: neurons 0..K−1 are the filters, each zero-padded to N and centred
 * ({@link ConvNet#paddedFilter}), with its bias, its IPR (that of the F-pixel filter: padding adds
 * nothing), centre, FWHM and peak mass of the padded filter, and {@code localised} by the dense
 * rule IPR ≥ 3·3/(N+2). That flag carries no information for a filter: a filter is confined to F
 * pixels by construction, and even a random one passes once F ≲ N/3. The informative shape numbers
 * are the FWHM (width_mean_pos/neg) and the match with the FC fields (ncc_*); for the same reason
 * the kernel reports no n_localised, so the phase table's frac_localised stays null. With
 * {@code compare_fc}, rows K..2K−1 are the FC network's neurons 0..K−1 as {@code twolayer-sgd}
 * reports them, so filters and fields can be plotted side by side.
 */
final class ConvResults {
    private final ConvConfig cfg;
    private final Lattice lattice;
    private final double kurtosisTheory;
    private final double kurtosisEmpirical;

    ConvResults(ConvConfig cfg, double kurtosisTheory, double kurtosisEmpirical) {
        this.cfg = cfg;
        this.lattice = new Lattice(cfg.base().input().dim(), cfg.base().input().size(), cfg.base().input().periodic());
        this.kurtosisTheory = kurtosisTheory;
        this.kurtosisEmpirical = kurtosisEmpirical;
    }

    /**
     * @param initialFilters the padded filters before training (the chance level of the NCC)
     * @param fc             the FC trial's result, or null without {@code compare_fc}
     */
    TrialResult completed(ConvNet net, ConvRun run, double[][] initialFilters, TrialResult fc) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("final_test_loss", run.finalLoss());
        m.put("final_test_accuracy", run.finalAccuracy());
        double[] ipr = new double[net.k];
        double[] width = new double[net.k];
        double[][] padded = new double[net.k][];
        List<NeuronResult> rows = new ArrayList<>();
        double threshold = Ipr.localisedThreshold(net.n);
        for (int kk = 0; kk < net.k; kk++) {
            padded[kk] = net.paddedFilter(kk);
            ipr[kk] = Ipr.of(net.filters[kk]);
            ReceptiveField rf = ReceptiveField.of(padded[kk], 0, lattice, cfg.base().input().xi().first());
            width[kk] = meanWidth(rf.width());
            rows.add(new NeuronResult(kk, net.b[kk], padded[kk], ipr[kk], rf.centre(), rf.width(), rf.peakMass(),
                    ipr[kk] >= threshold));
        }
        int half = net.k / 2;
        m.put("ipr_mean", Summary.mean(ipr));
        m.put("ipr_max", Summary.max(ipr));
        m.put("width_mean_pos", Summary.mean(Arrays.copyOfRange(width, 0, half)));
        m.put("width_mean_neg", Summary.mean(Arrays.copyOfRange(width, half, net.k)));
        putComparison(m, padded, initialFilters, fc, rows, net.k, lattice);
        putConstants(m, net.taps);
        return new TrialResult(TrialStatus.OK, null, -1, run.stepsDone(), ordered(m), run.trajectory(), rows);
    }

    /** The FWHM along the one axis (1-D), or its mean over both axes (2-D). */
    private static double meanWidth(double[] perAxis) {
        return perAxis.length == 1 ? perAxis[0] : Summary.mean(perAxis);
    }

    private static void putComparison(Map<String, Double> m, double[][] padded, double[][] initial, TrialResult fc,
                                      List<NeuronResult> rows, int k, Lattice lattice) {
        if (fc == null || fc.status() != TrialStatus.OK) {
            return;
        }
        List<double[]> fields = new ArrayList<>();
        for (NeuronResult nr : fc.neurons()) {
            if (nr.localised()) {
                fields.add(nr.weights());
            }
            rows.add(new NeuronResult(k + nr.neuron(), nr.bias(), nr.weights(), nr.ipr(), nr.centre(), nr.width(),
                    nr.peakMass(), nr.localised()));
        }
        double[] best = FilterMatch.bestPerFilter(padded, fields, lattice);
        int half = k / 2;
        m.put("ncc_mean", Summary.mean(best));
        m.put("ncc_min", -Summary.max(negate(best)));
        m.put("ncc_max", Summary.max(best));
        m.put("ncc_mean_pos", Summary.mean(Arrays.copyOfRange(best, 0, half)));
        m.put("ncc_mean_neg", Summary.mean(Arrays.copyOfRange(best, half, k)));
        m.put("ncc_initial_mean", Summary.mean(FilterMatch.bestPerFilter(initial, fields, lattice)));
        m.put("fc_final_test_accuracy", fc.scalar("final_test_accuracy"));
        m.put("fc_ipr_mean", fc.scalar("ipr_mean"));
        m.put("fc_n_localised", fc.scalar("n_localised"));
    }

    private static double[] negate(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = -v[i];
        }
        return out;
    }

    /** The result of a run stopped by NaN/Inf: its trajectory so far, no final metrics. */
    TrialResult diverged(ConvRun run) {
        Map<String, Double> m = new LinkedHashMap<>();
        putConstants(m, cfg.taps());
        String message = String.format(Locale.ROOT,
                "non-finite pre-activation or output at SGD step %d (t = %.4g)", run.divergedStep(),
                (double) run.divergedStep() / cfg.pixels());
        return new TrialResult(TrialStatus.DIVERGED, message, run.divergedStep(), run.stepsDone(), ordered(m),
                run.trajectory(), List.of());
    }

    private void putConstants(Map<String, Double> m, int width) {
        m.put("ipr_random_level", Ipr.randomLevel(width));
        m.put("kurtosis_theory", kurtosisTheory);
        m.put("kurtosis_empirical", kurtosisEmpirical);
    }

    private static Map<String, Double> ordered(Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (MetricSpec s : ConvSchema.METRICS) {
            out.put(s.name(), m.getOrDefault(s.name(), Double.NaN));
        }
        if (!out.keySet().containsAll(m.keySet())) {
            throw new IllegalStateException("metrics missing from the schema: " + m.keySet());
        }
        return out;
    }
}
