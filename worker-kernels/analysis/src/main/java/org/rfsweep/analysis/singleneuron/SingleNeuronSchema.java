package org.rfsweep.analysis.singleneuron;

import java.util.List;
import org.rfsweep.data.InputParams;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.MetricRole;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;

/**
 * The parameters and metrics of the {@code single-neuron} kernel (SCIENCE.md §5-6). The data
 * parameters are {@code twolayer-sgd}'s own definitions ({@link TwoLayerSchema#PARAMS}); the training
 * defaults are the Lufkin-Saxe-Grant single-neuron setting (ReLU, no bias, no 1/√N, 0/1 labels,
 * lr 0.1, 5000 fresh samples per step, 1000 steps, D = 40, ξ = (0.7, 0.3) in our class order).
 */
public final class SingleNeuronSchema {
    /** LSG's initial weight standard deviation at D = 40: √(0.001 · 2/(D+1)) (a variance of 0.001·2/41). */
    static final double LSG_INIT_STD_D40 = Math.sqrt(0.001 * 2 / 41);

    /** The parameter schema. */
    public static final ParamSchema PARAMS = new ParamSchema(InputParams.withFamilies(List.of(
            TwoLayerSchema.PARAMS.require("inputs"),
            TwoLayerSchema.PARAMS.require("dim"),
            TwoLayerSchema.PARAMS.require("size").withDefault(40),
            TwoLayerSchema.PARAMS.require("periodic"),
            TwoLayerSchema.PARAMS.require("xi").withDefault(new DoublePair(0.7, 0.3)),
            TwoLayerSchema.PARAMS.require("gain"),
            TwoLayerSchema.PARAMS.require("jitter"),
            TwoLayerSchema.PARAMS.require("activation").withDefault("relu"),
            TwoLayerSchema.PARAMS.require("alpha"),
            TwoLayerSchema.PARAMS.require("beta"),
            ParamDef.choice("bias", "zero", List.of("zero", "trained"),
                    "neuron bias: none (zero) or trained from bias_init with the same learning rate"),
            ParamDef.real("bias_init", 0, Double.NaN, false, Double.NaN, "initial bias when bias is trained"),
            TwoLayerSchema.PARAMS.require("input_scale").withDefault("none"),
            TwoLayerSchema.PARAMS.require("init_std").withDefault(LSG_INIT_STD_D40),
            ParamDef.choice("init", "normal", List.of("normal", "truncated-normal"),
                    "initial weight distribution: normal, or normal truncated at +-2 sd and rescaled to variance "
                            + "init_std^2 (JAX's variance_scaling, used by Lufkin et al.)"),
            ParamDef.real("lr", 0.1, 0, true, Double.NaN, "learning rate of plain gradient descent on the weights"),
            ParamDef.integer("batch", 5000, 1, 1 << 24,
                    "fresh samples per gradient step; the loss is their mean squared error (y_hat - y)^2"),
            ParamDef.integer("num_steps", 1000, 1, 100_000_000, "number of gradient steps"),
            ParamDef.integer("snapshots", 50, 1, 100_000,
                    "log-spaced snapshots in [1, num_steps] (plus step 0), each with a test-set evaluation"),
            TwoLayerSchema.PARAMS.require("labels").withDefault("binary"),
            TwoLayerSchema.PARAMS.require("test_size").withDefault(1000),
            TwoLayerSchema.PARAMS.require("seed"))));

    /** The scalar metrics of every result, in column order. */
    public static final List<MetricSpec> METRICS = List.of(
            new MetricSpec("final_test_loss", "test mean squared error (y_hat - y)^2 at the end")
                    .titled("final test loss"),
            new MetricSpec("final_test_accuracy", "test accuracy at the end, in [0, 1]")
                    .titled("final test accuracy"),
            new MetricSpec("ipr_mean", "IPR of the neuron's final weights (named as in twolayer-sgd)")
                    .titled("IPR of the neuron's final weights").withRoles(MetricRole.HEADLINE),
            new MetricSpec("ipr_initial", "IPR of the initial weights"),
            new MetricSpec("n_localised", "1 if the final IPR >= 3*3/(N+2), else 0")
                    .titled("localised (IPR ≥ 3 × 3/(N+2)): 1 or 0").withRoles(MetricRole.LOCALISED_COUNT),
            new MetricSpec("centre_0", "circular-mean centre of the final receptive field, axis 0, pixels"),
            new MetricSpec("centre_1", "centre along axis 1 (2-D only, else NaN), pixels"),
            new MetricSpec("width_mean", "FWHM of |w| around its peak, averaged over axes, pixels"),
            new MetricSpec("peak_mass_mean", "share of sum w^2 within +-2 xi0 of the peak"),
            new MetricSpec("weight_norm", "Euclidean norm of the final weights"),
            new MetricSpec("final_bias", "final bias (0 without a bias)"),
            new MetricSpec("ipr_random_level", "IPR of a random Gaussian vector, 3/(N+2)").withRoles(MetricRole.REFERENCE_LEVEL),
            new MetricSpec("kurtosis_theory", "theoretical marginal excess kurtosis of the inputs")
                    .titled("marginal excess kurtosis of the inputs (theory)").withRoles(MetricRole.DATA_STATISTIC),
            new MetricSpec("kurtosis_empirical", "excess kurtosis of the test-set pixels"),
            TwoLayerSchema.INPUT_SHAPE);

    private SingleNeuronSchema() {
    }
}
