package org.rfsweep.kernel.twolayer;

import java.util.List;
import java.util.Map;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.MetricRole;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.ParameterRoles;

/**
 * The parameters and metrics of the {@code twolayer-sgd} kernel (SCIENCE.md §1-4). Defaults
 * reproduce the authors' code (Ingrosso &amp; Goldt 2022, sgoldt/conv_emerge).
 */
public final class TwoLayerSchema {
    private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

    /** The parameter schema; the single source of truth for specs, columns and help text. */
    public static final ParamSchema PARAMS = new ParamSchema(List.of(
            ParamDef.choice("inputs", "nlgp", List.of("nlgp", "gp"),
                    "input distribution: the non-linear Gaussian process or its Gaussian control (same covariance)"),
            ParamDef.integer("dim", 1, 1, 2, "input dimension: 1 (ring/segment) or 2 (torus/square)"),
            ParamDef.integer("size", 400, 2, 4096, "pixels per side; N = size^dim"),
            ParamDef.bool("periodic", true, "periodic boundaries (circulant covariance, FFT sampling)"),
            ParamDef.pair("xi", new DoublePair(3, 10), 0, true, Double.NaN,
                    "correlation lengths (xi0, xi1) of class 0 (y=+1) and class 1 (y=-1), pixels; C = exp(-d^2/xi^2)"),
            ParamDef.real("gain", 3, 0, false, Double.NaN,
                    "NLGP gain g: x = erf(g z / sqrt 2) / sqrt(gamma(g)); 0 = Gaussian limit"),
            ParamDef.real("jitter", 1e-3, 0, false, Double.NaN, "added to the covariance diagonal"),
            ParamDef.integer("width", 8, 1, 65536, "number of hidden neurons K"),
            ParamDef.choice("activation", "erf", List.of("erf", "relu", "tanh", "sigmoid", "linear", "cubic"),
                    "hidden activation; erf means erf(h / sqrt 2); cubic means alpha h - (beta/3) h^3"),
            ParamDef.real("alpha", SQRT_2_OVER_PI, Double.NaN, false, Double.NaN,
                    "cubic activation: linear coefficient (default expands erf(h/sqrt 2))"),
            ParamDef.real("beta", SQRT_2_OVER_PI / 2, Double.NaN, false, Double.NaN,
                    "cubic activation: cubic coefficient"),
            ParamDef.choice("readout", "mean-field", List.of("mean-field", "committee", "lazy", "trained"),
                    "second layer: mean-field (v=1, /K), committee (v=1), lazy (v=1, /sqrt K), trained (v~N(0,init_std^2))"),
            ParamDef.choice("bias", "trained", List.of("trained", "fixed", "zero"),
                    "hidden biases: trained from +-bias_init (first half +), fixed at +-bias_init, or zero"),
            ParamDef.real("bias_init", 1, 0, false, Double.NaN, "initial |bias| of the two bias groups"),
            ParamDef.choice("input_scale", "sqrt-n", List.of("sqrt-n", "none"),
                    "pre-activation scaling: w.x / sqrt(N) (sqrt-n) or w.x (none)"),
            ParamDef.real("init_std", 0.1, 0, true, Double.NaN, "standard deviation of the initial weights"),
            ParamDef.real("lr", 0.05, 0, true, Double.NaN,
                    "base learning rate (first layer lr*K in mean-field, lr*sqrt K lazy; bias that /N; readout lr/N)"),
            ParamDef.integer("batch", 1, 1, 1 << 20, "SGD mini-batch size (1 = online)"),
            ParamDef.choice("labels", "pm1", List.of("pm1", "binary"),
                    "targets: +1/-1 for class 0/1 (pm1) or 1/0 (binary, accuracy threshold 0.5)"),
            ParamDef.real("time", 1000, 0, true, Double.NaN, "training time T; the run takes T*N SGD steps"),
            ParamDef.integer("snapshots", 200, 1, 100000, "log-spaced weight snapshots in [0.1, T] (plus t=0)"),
            ParamDef.integer("evaluations", 40, 1, 100000,
                    "log-spaced test-set evaluations among the snapshots (plus t=0 and the end); at most snapshots"),
            ParamDef.integer("test_size", 20000, 1, 10_000_000, "size of the fixed test set"),
            ParamDef.longValue("seed", 0, 0, "seed of the weights, training and test random streams")));

    /** The scalar metrics of every result, in column order. */
    public static final List<MetricSpec> METRICS = List.of(
            new MetricSpec("final_test_loss", "test loss (mean squared error) at the end")
                    .titled("final test loss"),
            new MetricSpec("final_test_accuracy", "test accuracy at the end, in [0, 1]")
                    .titled("final test accuracy"),
            new MetricSpec("ipr_mean", "mean IPR over neurons at the end")
                    .titled("mean IPR of the K neurons").withRoles(MetricRole.HEADLINE),
            new MetricSpec("ipr_median", "median IPR over neurons at the end")
                    .titled("median IPR of the K neurons"),
            new MetricSpec("ipr_max", "max IPR over neurons at the end")
                    .titled("largest IPR of the K neurons"),
            new MetricSpec("n_localised", "number of neurons with IPR >= 3*3/(N+2)")
                    .titled("localised neurons (IPR ≥ 3 × 3/(N+2))").withRoles(MetricRole.LOCALISED_COUNT),
            new MetricSpec("ipr_mean_pos", "mean IPR of the +b group (first floor(K/2) neurons)"),
            new MetricSpec("ipr_mean_neg", "mean IPR of the -b group (the other neurons)"),
            new MetricSpec("n_localised_pos", "localised neurons in the +b group"),
            new MetricSpec("n_localised_neg", "localised neurons in the -b group"),
            new MetricSpec("ipr_median_pos", "median IPR of the +b group"),
            new MetricSpec("ipr_median_neg", "median IPR of the -b group"),
            new MetricSpec("ipr_max_pos", "max IPR of the +b group"),
            new MetricSpec("ipr_max_neg", "max IPR of the -b group"),
            new MetricSpec("ipr_random_level", "IPR of a random Gaussian vector, 3/(N+2)")
                    .titled("IPR of a random Gaussian vector, 3/(N+2)").withRoles(MetricRole.REFERENCE_LEVEL),
            new MetricSpec("tiling_max_gap", "largest gap between neighbouring localised centres / (size / n_localised)"),
            new MetricSpec("tiling_coverage", "fraction of pixels covered by at least one localised field's width"),
            new MetricSpec("width_mean", "mean FWHM (pixels, averaged over axes) of the localised neurons"),
            new MetricSpec("peak_mass_mean", "mean share of sum w^2 within +-2 xi0 of the peak, localised neurons"),
            new MetricSpec("kurtosis_theory", "theoretical marginal excess kurtosis of the inputs")
                    .titled("marginal excess kurtosis of the inputs (theory)").withRoles(MetricRole.DATA_STATISTIC),
            new MetricSpec("kurtosis_empirical", "excess kurtosis of the test-set pixels")
                    .titled("marginal excess kurtosis of the inputs (test set)"));

    /**
     * The natural axis of a figure (the gain, along which localisation switches on) and the titles
     * of the parameters other kernels share with this one.
     */
    public static final ParameterRoles ROLES = new ParameterRoles(List.of("gain"), Map.ofEntries(
            Map.entry("gain", "gain g (dimensionless)"),
            Map.entry("xi", "correlation lengths (ξ0, ξ1) (pixels)"),
            Map.entry("xi0", "correlation length ξ0 of class 0 (pixels)"),
            Map.entry("xi1", "correlation length ξ1 of class 1 (pixels)"),
            Map.entry("width", "hidden neurons K"),
            Map.entry("size", "size (pixels per side)"),
            Map.entry("time", "training time T (steps / N)"),
            Map.entry("lr", "learning rate"),
            Map.entry("inputs", "inputs (nlgp: non-Gaussian; gp: Gaussian control)"),
            Map.entry("dim", "input dimension")));

    private TwoLayerSchema() {
    }
}
