package org.rfsweep.analysis.singleneuron;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rfsweep.kernel.twolayer.Activation;

/**
 * One neuron ŷ(x) = σ(w·x · scale + b), scale = 1/√N ({@code input_scale: sqrt-n}) or 1
 * ({@code none}); σ is core's {@link Activation} (relu, cubic α h − (β/3) h³, erf(h/√2), ...).
 * The state is public and mutable so that the trainer updates it in place; it is owned by one trial.
 */
public final class Neuron {
    /** N. */
    public final int n;
    /** Weights w, length N. */
    public final double[] w;
    /** Bias b (0 and never updated without a trained bias). */
    public double b;
    /** Factor on w·x: 1/√N or 1. */
    public final double scale;
    /** σ. */
    public final Activation activation;

    Neuron(double[] w, double b, double scale, Activation activation) {
        this.n = w.length;
        this.w = w;
        this.b = b;
        this.scale = scale;
        this.activation = activation;
    }

    /**
     * Standard deviation of a standard normal truncated to [−2, 2] (scipy's truncnorm.std(−2, 2), the
     * constant JAX's variance_scaling divides by).
     */
    static final double TRUNCATED_STD = 0.87962566103423978;

    /**
     * The initial neuron of a trial from the WEIGHTS stream: w_i ~ N(0, init_std²), or with
     * {@code init: truncated-normal} w_i = init_std · z / {@value #TRUNCATED_STD}, z standard normal
     * conditioned on |z| &lt; 2 (by rejection), as JAX's {@code glorot_normal} draws; b = bias_init.
     */
    public static Neuron initial(SingleNeuronConfig cfg, UniformRandomProvider weightsRng) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(weightsRng);
        double[] w = new double[cfg.pixels()];
        for (int i = 0; i < w.length; i++) {
            w[i] = cfg.truncated() ? cfg.initStd() / TRUNCATED_STD * truncated(gauss) : cfg.initStd() * gauss.sample();
        }
        double scale = cfg.scaleInput() ? 1 / Math.sqrt(cfg.pixels()) : 1;
        return new Neuron(w, cfg.biasInit(), scale, Activation.of(cfg.activation(), cfg.alpha(), cfg.beta()));
    }

    private static double truncated(ZigguratSampler.NormalizedGaussian gauss) {
        double z;
        do {
            z = gauss.sample();
        } while (!(Math.abs(z) < 2));
        return z;
    }

    /**
     * The pre-activation h = w·x · scale + b of {@code x[off .. off + N)}.
     *
     * @param x inputs. Not modified.
     */
    public double preActivation(double[] x, int off) {
        double dot = 0;
        for (int i = 0; i < n; i++) {
            dot += w[i] * x[off + i];
        }
        return dot * scale + b;
    }
}
