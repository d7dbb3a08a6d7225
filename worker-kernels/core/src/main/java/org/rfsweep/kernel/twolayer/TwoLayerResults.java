package org.rfsweep.kernel.twolayer;

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
import org.rfsweep.metrics.Tiling;

/**
 * Turns a finished (or diverged) run into a {@link TrialResult}: the localisation metrics of
 * SCIENCE.md §4 on the final weights, per neuron and summarised overall and per bias group
 * (the +b group is the first ⌊K/2⌋ neurons), in {@link TwoLayerSchema#METRICS} order.
 */
final class TwoLayerResults {
    private final TwoLayerConfig cfg;
    private final Lattice lattice;
    private final double kurtosisTheory;
    private final double kurtosisEmpirical;

    TwoLayerResults(TwoLayerConfig cfg, double kurtosisTheory, double kurtosisEmpirical) {
        this.cfg = cfg;
        this.lattice = new Lattice(cfg.input().dim(), cfg.input().size(), cfg.input().periodic());
        this.kurtosisTheory = kurtosisTheory;
        this.kurtosisEmpirical = kurtosisEmpirical;
    }

    /** The result of a run that completed all its steps. */
    TrialResult completed(TwoLayerNet net, TrainingRun run) {
        return completed(net, run.stepsDone(), run.recorder(), run.finalLoss(), run.finalAccuracy());
    }

    /** {@link #completed(TwoLayerNet, TrainingRun)} from the run's facts (a run alone or a group member). */
    TrialResult completed(TwoLayerNet net, long stepsDone, TrajectoryRecorder recorder, double finalLoss,
                          double finalAccuracy) {
        List<NeuronResult> neurons = neurons(net);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("final_test_loss", finalLoss);
        m.put("final_test_accuracy", finalAccuracy);
        double[] ipr = neurons.stream().mapToDouble(NeuronResult::ipr).toArray();
        int half = net.k / 2;
        putGroup(m, "", ipr, neurons);
        putGroup(m, "_pos", Arrays.copyOfRange(ipr, 0, half), neurons.subList(0, half));
        putGroup(m, "_neg", Arrays.copyOfRange(ipr, half, net.k), neurons.subList(half, net.k));
        putShape(m, neurons);
        putConstants(m);
        return new TrialResult(TrialStatus.OK, null, -1, stepsDone, ordered(m), recorder.trajectory(), neurons);
    }

    /** The result of a run stopped by NaN/Inf: its trajectory so far, no final metrics. */
    TrialResult diverged(TrainingRun run) {
        return diverged(run.divergedStep(), run.stepsDone(), run.recorder());
    }

    /** {@link #diverged(TrainingRun)} from the run's facts (a run alone or a group member). */
    TrialResult diverged(long divergedStep, long stepsDone, TrajectoryRecorder recorder) {
        Map<String, Double> m = new LinkedHashMap<>();
        putConstants(m);
        String message = String.format(Locale.ROOT,
                "non-finite pre-activation or output at SGD step %d (t = %.4g)", divergedStep,
                (double) divergedStep / cfg.pixels());
        return new TrialResult(TrialStatus.DIVERGED, message, divergedStep, stepsDone, ordered(m),
                recorder.trajectory(), List.of());
    }

    private List<NeuronResult> neurons(TwoLayerNet net) {
        List<NeuronResult> out = new ArrayList<>(net.k);
        double threshold = Ipr.localisedThreshold(net.n);
        double xi0 = cfg.input().xi().first();
        for (int j = 0; j < net.k; j++) {
            double[] w = net.w[j].clone();
            double ipr = Ipr.of(w);
            ReceptiveField rf = ReceptiveField.of(w, 0, lattice, xi0);
            out.add(new NeuronResult(j, net.b[j], w, ipr, rf.centre(), rf.width(), rf.peakMass(), ipr >= threshold));
        }
        return out;
    }

    private static void putGroup(Map<String, Double> m, String suffix, double[] ipr, List<NeuronResult> group) {
        m.put("ipr_mean" + suffix, Summary.mean(ipr));
        m.put("ipr_median" + suffix, Summary.median(ipr));
        m.put("ipr_max" + suffix, Summary.max(ipr));
        m.put("n_localised" + suffix, (double) group.stream().filter(NeuronResult::localised).count());
    }

    private void putShape(Map<String, Double> m, List<NeuronResult> neurons) {
        List<double[]> centres = new ArrayList<>();
        List<double[]> widths = new ArrayList<>();
        double[] meanWidth = new double[neurons.size()];
        double[] peakMass = new double[neurons.size()];
        int count = 0;
        for (NeuronResult nr : neurons) {
            if (nr.localised() && Arrays.stream(nr.centre()).allMatch(Double::isFinite)) {
                centres.add(nr.centre());
                widths.add(nr.width());
                meanWidth[count] = Summary.mean(nr.width());
                peakMass[count] = nr.peakMass();
                count++;
            }
        }
        Tiling tiling = Tiling.of(centres, widths, lattice);
        m.put("tiling_max_gap", tiling.maxGap());
        m.put("tiling_coverage", tiling.coverage());
        m.put("width_mean", Summary.mean(Arrays.copyOf(meanWidth, count)));
        m.put("peak_mass_mean", Summary.mean(Arrays.copyOf(peakMass, count)));
    }

    private void putConstants(Map<String, Double> m) {
        m.put("ipr_random_level", Ipr.randomLevel(cfg.pixels()));
        m.put("kurtosis_theory", kurtosisTheory);
        m.put("kurtosis_empirical", kurtosisEmpirical);
        m.put("input_shape", cfg.input().family().shape());
    }

    /** Every metric of the schema in its order; NaN where not computed. */
    private static Map<String, Double> ordered(Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (MetricSpec spec : TwoLayerSchema.METRICS) {
            out.put(spec.name(), m.getOrDefault(spec.name(), Double.NaN));
        }
        if (!out.keySet().containsAll(m.keySet())) {
            throw new IllegalStateException("metrics missing from the schema: " + m.keySet());
        }
        return out;
    }
}
