package org.rfsweep.data;

/**
 * A NORTA marginal (SCIENCE.md §7): the unit-variance pixel law x = Q(Φ(z̃))/s of a standard
 * normal z̃, with its exact excess kurtosis and its correlation function h(ρ) = E[x_a x_b] for
 * latent correlation ρ. All marginals here are symmetric, so Q∘Φ is odd and h(−ρ) = −h(ρ).
 */
abstract class Marginal {
    /** The name in specs: alg, laplace, uniform, sign, gaussian. */
    abstract String name();

    /** The shape parameter (k for alg), NaN when the marginal has none. */
    double shape() {
        return Double.NaN;
    }

    /** The exact excess kurtosis E[x⁴] − 3 (closed form). */
    abstract double excessKurtosis();

    /** h(ρ) = E[x_a x_b] for a standard bivariate normal (z̃_a, z̃_b) of correlation ρ ∈ [−1, 1]. */
    abstract double correlation(double rho);

    /**
     * The exact pixel Q(Φ(z))/s of a standard normal z (no table): what the theory kernels
     * integrate over; the samplers use {@link #map}.
     */
    abstract double pixel(double z);

    /** The pixel map x = Q(Φ(z · invSd))/s. */
    abstract PixelMap map(double invSd);
}
