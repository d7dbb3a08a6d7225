package org.rfsweep.analysis.effective;

import java.util.List;
import org.rfsweep.analysis.singleneuron.SingleNeuronSchema;
import org.rfsweep.kernel.MetricRole;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamSchema;

/**
 * The parameters and metrics of the {@code effective-dynamics} kernel: {@code single-neuron}'s own
 * definitions and defaults (the LSG25 setting) for everything the effective flow shares with that
 * kernel's SGD, so that a grid point means the same data, initial weights (same WEIGHTS stream)
 * and step count in both; the neuron itself is fixed to the one the flow describes (ReLU, no bias,
 * no 1/√N, labels 1/0). Every input family of SCIENCE.md §7 is accepted: the kernel computes the
 * amplifier of its pixel marginal (see {@code EffectiveDynamicsKernel}).
 */
public final class EffectiveSchema {
    /** The parameter schema. */
    public static final ParamSchema PARAMS = new ParamSchema(List.of(
            SingleNeuronSchema.PARAMS.require("inputs"),
            SingleNeuronSchema.PARAMS.require("dim"),
            SingleNeuronSchema.PARAMS.require("size"),
            SingleNeuronSchema.PARAMS.require("periodic"),
            SingleNeuronSchema.PARAMS.require("xi"),
            SingleNeuronSchema.PARAMS.require("gain"),
            SingleNeuronSchema.PARAMS.require("jitter"),
            SingleNeuronSchema.PARAMS.require("control"),
            SingleNeuronSchema.PARAMS.require("marginal"),
            SingleNeuronSchema.PARAMS.require("radial"),
            SingleNeuronSchema.PARAMS.require("shape"),
            SingleNeuronSchema.PARAMS.require("kurtosis"),
            SingleNeuronSchema.PARAMS.require("coupling"),
            SingleNeuronSchema.PARAMS.require("init_std"),
            SingleNeuronSchema.PARAMS.require("init"),
            SingleNeuronSchema.PARAMS.require("lr")
                    .withDoc("single-neuron's learning rate; the flow's step is tau = lr/2 (its loss has no 1/2)"),
            SingleNeuronSchema.PARAMS.require("num_steps"),
            SingleNeuronSchema.PARAMS.require("snapshots")
                    .withDoc("log-spaced snapshots in [1, num_steps] (plus step 0), each with the IPR"),
            SingleNeuronSchema.PARAMS.require("seed")
                    .withDoc("seed of the initial weights (single-neuron's WEIGHTS stream: the same initial w)")));

    /** The scalar metrics of every result, in column order. */
    public static final List<MetricSpec> METRICS = List.of(
            new MetricSpec("ipr_mean", "IPR of the predicted final weights (named as in single-neuron)")
                    .titled("predicted IPR of the final weights").withRoles(MetricRole.HEADLINE),
            new MetricSpec("ipr_initial", "IPR of the initial weights"),
            new MetricSpec("n_localised", "1 if the final IPR >= 3*3/(N+2), else 0")
                    .titled("localised (IPR ≥ 3 × 3/(N+2)): 1 or 0").withRoles(MetricRole.LOCALISED_COUNT),
            new MetricSpec("centre_0", "circular-mean centre of the predicted final field, axis 0, pixels"),
            new MetricSpec("centre_1", "centre along axis 1 (2-D only, else NaN), pixels"),
            new MetricSpec("width_mean", "FWHM of |w| around its peak, averaged over axes, pixels"),
            new MetricSpec("peak_mass_mean", "share of sum w^2 within +-2 xi0 of the peak"),
            new MetricSpec("weight_norm", "Euclidean norm of the predicted final weights"),
            new MetricSpec("a_max", "max_i |a_i| at the end before clipping, a = Sigma w / sqrt(w' Sigma w) of the target-1 class"),
            new MetricSpec("ipr_random_level", "IPR of a random Gaussian vector, 3/(N+2)")
                    .withRoles(MetricRole.REFERENCE_LEVEL),
            new MetricSpec("kurtosis_theory", "exact marginal excess kurtosis of the pixels the amplifier integrates over")
                    .titled("marginal excess kurtosis of the inputs (theory)").withRoles(MetricRole.DATA_STATISTIC),
            org.rfsweep.kernel.twolayer.TwoLayerSchema.INPUT_SHAPE);

    private EffectiveSchema() {
    }
}
