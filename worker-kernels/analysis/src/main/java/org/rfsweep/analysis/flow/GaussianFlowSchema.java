package org.rfsweep.analysis.flow;

import java.util.List;
import org.rfsweep.data.InputParams;
import org.rfsweep.kernel.MetricRole;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;

/**
 * The parameters and metrics of the {@code gaussian-flow} kernel: {@code twolayer-sgd}'s own
 * definitions for everything the prediction shares with the simulation (so a grid point means
 * the same network, data covariance and time grid in both kernels), with the choices narrowed to
 * what the flow integrates exactly, plus the integrator's tolerance and the accuracy quadrature.
 * The data parameters are every family's of SCIENCE.md §7 ({@code inputs}, {@code marginal},
 * {@code radial}, {@code shape}, {@code kurtosis}, {@code coupling}): the flow is for Gaussian
 * inputs with exactly that family's class covariances, so a family and its Gaussian control
 * ({@code control}, or {@code inputs: gp} for the NLGP) have the same prediction. They were added
 * after the kernel's first trials existed, neutral at their defaults (the NLGP, periodic), so those
 * trials keep their ids. Boundaries are periodic (the DFT diagonalises the covariances) and
 * h = w·x/√N (the flow's scaling).
 */
public final class GaussianFlowSchema {
    /** The parameter schema. */
    public static final ParamSchema PARAMS = new ParamSchema(List.of(
            InputParams.INPUTS.asNeutral().withDoc("input family whose exact class covariances the Gaussian inputs "
                    + "have: nlgp (and gp, the same covariance), norta, elliptical, ising; see twolayer-sgd"),
            TwoLayerSchema.PARAMS.require("dim"),
            TwoLayerSchema.PARAMS.require("size"),
            InputParams.PERIODIC.asNeutral().withDoc("must be true: the flow diagonalises the covariances by the DFT"),
            TwoLayerSchema.PARAMS.require("xi"),
            TwoLayerSchema.PARAMS.require("gain"),
            TwoLayerSchema.PARAMS.require("jitter"),
            InputParams.CONTROL.withDoc("accepted so that a twolayer-sgd grid joins; the flow's inputs are the "
                    + "Gaussian with the family's covariance either way, so none and gaussian predict the same"),
            InputParams.MARGINAL,
            InputParams.RADIAL,
            InputParams.SHAPE,
            InputParams.KURTOSIS,
            InputParams.COUPLING,
            ParamDef.integer("width", 8, 1, 64, "number of hidden neurons K (the expectations cost O(K^4) per step)"),
            ParamDef.choice("activation", "erf", List.of("erf"),
                    "hidden activation erf(h / sqrt 2), the only one whose Gaussian expectations are exact here"),
            ParamDef.choice("readout", "mean-field", List.of("mean-field", "committee", "lazy"),
                    "fixed second layer v = 1: mean-field (/K), committee (/1), lazy (/sqrt K), as twolayer-sgd"),
            TwoLayerSchema.PARAMS.require("bias"),
            TwoLayerSchema.PARAMS.require("bias_init"),
            TwoLayerSchema.PARAMS.require("init_std"),
            TwoLayerSchema.PARAMS.require("lr"),
            TwoLayerSchema.PARAMS.require("batch"),
            TwoLayerSchema.PARAMS.require("labels"),
            TwoLayerSchema.PARAMS.require("time"),
            TwoLayerSchema.PARAMS.require("snapshots"),
            TwoLayerSchema.PARAMS.require("evaluations"),
            TwoLayerSchema.PARAMS.require("seed")
                    .withDoc("seed of the initial weights (twolayer-sgd's WEIGHTS stream: the same initial W)"),
            ParamDef.real("ode_tolerance", 1e-8, 0, true, 1e-2,
                    "relative tolerance of the Dormand-Prince integrator (absolute: 1e-3 of it)"),
            ParamDef.integer("accuracy_points", 1 << 14, 2, 1 << 22,
                    "Sobol points of the quasi-Monte-Carlo accuracy integral over the K pre-activations")));

    /** The scalar metrics of every result, in column order. */
    public static final List<MetricSpec> METRICS = List.of(
            new MetricSpec("final_test_loss", "predicted population loss E[(y_hat - y)^2] at the end (exact)")
                    .titled("predicted final test loss").withRoles(MetricRole.HEADLINE),
            new MetricSpec("final_test_accuracy", "predicted accuracy at the end (quasi-Monte-Carlo over pre-activations)")
                    .titled("predicted final test accuracy").withRoles(MetricRole.HEADLINE),
            new MetricSpec("accuracy_qmc_error", "|accuracy from all Sobol points - from the first half| at the end"),
            new MetricSpec("final_bias_mean_pos", "mean final bias of the +b group (first floor(K/2) neurons)"),
            new MetricSpec("final_bias_mean_neg", "mean final bias of the -b group"),
            new MetricSpec("weight_norm_sq_mean", "mean over neurons of |w_k|^2 / N at the end"),
            new MetricSpec("overlap_q0_mean", "mean diagonal of Q^0 = W Sigma_0 W^T / N at the end (pre-activation variance, class 0)"),
            new MetricSpec("overlap_q1_mean", "mean diagonal of Q^1 at the end (class 1)"),
            new MetricSpec("ode_evaluations", "right-hand-side evaluations of the integrator"));

    private GaussianFlowSchema() {
    }
}
