package org.rfsweep.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.MetricRole;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.NeuronResult;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParameterRoles;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.Trajectory;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;

/**
 * Test kernel {@code plot-test} for the figure tests: twolayer-sgd's parameter and metric names
 * with exact closed-form results, so every number behind a figure is known by hand.
 * <ul>
 * <li>ipr_mean = 0.1 g + 0.01 seed (nlgp) or 0.05 + 0.01 seed (gp): over seeds {0, 1} the mean is
 * 0.1 g + 0.005 (0.055) and the standard error exactly 0.005;</li>
 * <li>n_localised = 1 if inputs = nlgp and g (seed + 1) &ge; 2, else 0;</li>
 * <li>kurtosis_theory = -g / (1 + g) (nlgp) or 0 (gp); ipr_random_level = 3/(N+2), N = size^dim;</li>
 * <li>trajectory at times 0, 1, 10: neuron j's IPR (j + 1) 0.01 (s + 1) + 0.001 seed at snapshot s;
 * test accuracy 0.5 + 0.1 s + 0.01 seed at even s, absent at odd s;</li>
 * <li>receptive fields: neuron j has bias +1 (j even) or -1 (j odd); neuron 0's weights are one-hot
 * at pixel seed (IPR 1), the others all ones (IPR 1/N); neuron 0 is localised.</li>
 * </ul>
 * mode = throw fails with a message holding HTML metacharacters; mode = diverge diverges at step 3.
 */
public final class PlotTestKernel implements Kernel {
    static final String THROW_MESSAGE = "boom <b>&\"quoted\"</b>";

    private static final ParamSchema SCHEMA = new ParamSchema(List.of(
            ParamDef.choice("inputs", "nlgp", List.of("nlgp", "gp"), "input family"),
            ParamDef.integer("dim", 1, 1, 2, "input dimension"),
            ParamDef.integer("size", 8, 2, 64, "pixels per side"),
            ParamDef.pair("xi", new DoublePair(1, 3), 0, true, Double.NaN, "correlation lengths"),
            ParamDef.real("gain", 1, 0, false, 1e6, "gain"),
            ParamDef.integer("width", 2, 1, 16, "hidden neurons"),
            ParamDef.choice("mode", "ok", List.of("ok", "throw", "diverge"), "how to behave"),
            ParamDef.longValue("seed", 0, 0, "seed")));

    private static final List<MetricSpec> METRICS = List.of(
            new MetricSpec("ipr_mean", "0.1 g + 0.01 seed (nlgp), 0.05 + 0.01 seed (gp)").withRoles(MetricRole.HEADLINE),
            new MetricSpec("n_localised", "1 if nlgp and g (seed + 1) >= 2").withRoles(MetricRole.LOCALISED_COUNT),
            new MetricSpec("kurtosis_theory", "-g / (1 + g) (nlgp), 0 (gp)").withRoles(MetricRole.DATA_STATISTIC),
            new MetricSpec("ipr_random_level", "3 / (N + 2)").withRoles(MetricRole.REFERENCE_LEVEL));

    @Override
    public String name() {
        return "plot-test";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String description() {
        return "closed-form results for the figure tests";
    }

    @Override
    public ParamSchema schema() {
        return SCHEMA;
    }

    @Override
    public List<MetricSpec> metrics() {
        return METRICS;
    }

    @Override
    public ParameterRoles parameterRoles() {
        return new ParameterRoles(List.of("gain"), Map.of("gain", "gain g (dimensionless)"));
    }

    @Override
    public void validate(ResolvedParams params) {
        // every combination is valid
    }

    @Override
    public double estimateCost(ResolvedParams params) {
        return 1;
    }

    @Override
    public TrialResult run(TrialSpec spec) {
        ResolvedParams p = spec.params();
        String mode = p.getString("mode");
        if (mode.equals("throw")) {
            throw new IllegalStateException(THROW_MESSAGE);
        }
        boolean nlgp = p.getString("inputs").equals("nlgp");
        double g = p.getDouble("gain");
        long seed = p.getLong("seed");
        int n = (int) Math.pow(p.getInt("size"), p.getInt("dim"));
        Map<String, Double> s = new LinkedHashMap<>();
        s.put("ipr_mean", (nlgp ? 0.1 * g : 0.05) + 0.01 * seed);
        s.put("n_localised", nlgp && g * (seed + 1) >= 2 ? 1.0 : 0.0);
        s.put("kurtosis_theory", nlgp ? -g / (1 + g) : 0.0);
        s.put("ipr_random_level", 3.0 / (n + 2));
        if (mode.equals("diverge")) {
            return new TrialResult(TrialStatus.DIVERGED, "NaN in weights at step 3", 3, 3, s, Trajectory.EMPTY, List.of());
        }
        return new TrialResult(TrialStatus.OK, null, -1, 20, s, trajectory(p.getInt("width"), seed), neurons(p.getInt("width"), n, p.getInt("dim"), seed));
    }

    private static Trajectory trajectory(int k, long seed) {
        double[] times = {0, 1, 10};
        long[] steps = {0, 8, 80};
        double[] loss = new double[3];
        double[] acc = new double[3];
        double[] mean = new double[3];
        double[] max = new double[3];
        double[][] per = new double[3][k];
        for (int s = 0; s < 3; s++) {
            loss[s] = s % 2 == 0 ? 1.0 / (s + 1) : Double.NaN;
            acc[s] = s % 2 == 0 ? 0.5 + 0.1 * s + 0.01 * seed : Double.NaN;
            for (int j = 0; j < k; j++) {
                per[s][j] = (j + 1) * 0.01 * (s + 1) + 0.001 * seed;
                mean[s] += per[s][j] / k;
                max[s] = Math.max(max[s], per[s][j]);
            }
        }
        return new Trajectory(steps, times, loss, acc, mean, max, per);
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    private static List<NeuronResult> neurons(int k, int n, int dim, long seed) {
        List<NeuronResult> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double[] w = new double[n];
            if (j == 0) {
                w[(int) (seed % n)] = 1;
            } else {
                java.util.Arrays.fill(w, 1);
            }
            out.add(new NeuronResult(j, j % 2 == 0 ? 1 : -1, w, j == 0 ? 1 : 1.0 / n, new double[dim], filled(dim, 1),
                    1, j == 0)); // one centre and width per input axis, as the table promises
        }
        return out;
    }
}
