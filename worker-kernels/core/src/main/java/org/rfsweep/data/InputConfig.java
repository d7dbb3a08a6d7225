package org.rfsweep.data;

import java.util.Objects;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.ResolvedParams;

/**
 * The resolved description of an input distribution (SCIENCE.md §1, §7): which family, whether
 * its Gaussian control is sampled instead, and the geometry of the latent field. Every kernel reads
 * it once with {@link #from} from the data parameters declared in {@link InputParams}.
 *
 * @param family   the input family, shape resolved (e.g. from a target kurtosis)
 * @param control  sample the family's Gaussian control: a Gaussian with exactly its covariance
 * @param dim      1 or 2
 * @param size     pixels per side; N = size^dim
 * @param periodic ring/torus distances (circulant covariance) or open boundaries
 * @param xi       correlation lengths (ξ0, ξ1) of class 0 and class 1, in pixels
 * @param jitter   added to the latent covariance diagonal (default 1e-3)
 */
public record InputConfig(InputFamily family, boolean control, int dim, int size, boolean periodic, DoublePair xi,
                          double jitter) {

    public InputConfig {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(xi, "xi");
        if (dim != 1 && dim != 2) {
            throw new IllegalArgumentException("dim must be 1 or 2: " + dim);
        }
    }

    /**
     * The NLGP (kind NLGP) or its Gaussian control (kind GP) at gain g: the form from before the
     * other families, kept for callers that build the NLGP by hand.
     */
    public InputConfig(InputKind kind, int dim, int size, boolean periodic, DoublePair xi, double gain,
                       double jitter) {
        this(new NlgpFamily(gain), kind == InputKind.GP, dim, size, periodic, xi, jitter);
    }

    /**
     * Reads and resolves the data parameters of {@link InputParams} (a kernel whose schema lacks the
     * family parameters gets their defaults: the NLGP as before).
     *
     * @throws org.rfsweep.kernel.InvalidParameterException naming the parameter, e.g. a kurtosis
     *                                                      outside the family's reachable range
     */
    public static InputConfig from(ResolvedParams params) {
        return FamilyResolver.config(params);
    }

    /** GP for the control, NLGP for the family's own law (the names from before the other families). */
    public InputKind kind() {
        return control ? InputKind.GP : InputKind.NLGP;
    }

    /** The NLGP gain, or NaN for another family. */
    public double gain() {
        return family instanceof NlgpFamily ? ((NlgpFamily) family).gain() : Double.NaN;
    }

    /** C_ii = 1 + jitter, the latent variance of every pixel. */
    public double latentVariance() {
        return 1 + jitter;
    }

    /** Number of pixels N = size^dim. */
    public int pixels() {
        return dim == 1 ? size : size * size;
    }
}
