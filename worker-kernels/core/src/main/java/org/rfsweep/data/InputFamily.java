package org.rfsweep.data;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A translation-invariant input family (SCIENCE.md §1, §7): how pixels come from the latent
 * Gaussian field z ~ N(0, C_m) (or from the family's own exact sampler), the exact marginal excess
 * kurtosis and the exact covariance. {@link InputModel} builds everything else from these: the
 * Gaussian control (a Gaussian with exactly {@link #covariance}), the FFT and Cholesky samplers,
 * the PSD checks. Instances are immutable, resolved (shape solved, validated) values; they are
 * made by {@link InputConfig#from} or the family classes' factories.
 *
 * <p>The latent field's classes differ in ξ_m; a family that does not use it ({@link IsingRing})
 * overrides {@link #latentField()} and supplies its own stream and covariance by distance.
 */
public abstract class InputFamily {
    InputFamily() {
    }

    /** The family as written in specs, e.g. {@code nlgp}, {@code norta alg(k=6)}. */
    public abstract String describe();

    /** The shape parameter in use (gain g, alg's k, student-t's ν), NaN for a family without one. */
    public abstract double shape();

    /**
     * The exact marginal excess kurtosis E[x⁴]/E[x²]² − 3 of one pixel of the family's own law.
     *
     * @param latentVariance C_ii = 1 + jitter
     * @param pixels         N (the elliptical laws depend on it)
     */
    public abstract double excessKurtosis(double latentVariance, int pixels);

    /**
     * E[x_i x_j] for latent entries C_ij, C_ii, C_jj (exact; for i = j the pixel variance).
     * Not used when {@link #latentField()} is false.
     */
    abstract double covariance(double cij, double cii, double cjj);

    /** Whether {@link #covariance} is C_ij itself, so the control samples the latent Gaussian. */
    abstract boolean covarianceIsLatent();

    /** The map from latent samples to pixels, for latent variance v and N pixels. */
    abstract PixelMap.Factory pixelMap(double latentVariance, int pixels);

    /** Whether the pixels come from the latent Gaussian field (true) or from the family's own sampler. */
    boolean latentField() {
        return true;
    }

    /** Checks the resolved values; throws {@link org.rfsweep.kernel.InvalidParameterException}. */
    void validate(InputConfig config) {
        // nothing beyond the constructor's checks by default
    }

    /** The family's own exact sampler, for a family without a latent field. */
    SampleStream ownStream(InputConfig config, UniformRandomProvider rng) {
        throw new UnsupportedOperationException(describe() + " samples through the latent field");
    }

    /** The exact covariance of class m at ring distance d, for a family without a latent field. */
    double covarianceAtDistance(InputConfig config, int m, int d) {
        throw new UnsupportedOperationException(describe() + " has a latent field");
    }
}
