package org.rfsweep.data;

import java.util.Objects;
import org.rfsweep.kernel.DoublePair;

/**
 * The resolved description of an input distribution (SCIENCE.md §1).
 *
 * @param kind     NLGP or its Gaussian control
 * @param dim      1 or 2
 * @param size     pixels per side; N = size^dim
 * @param periodic ring/torus distances (circulant covariance) or open boundaries
 * @param xi       correlation lengths (ξ0, ξ1) of class 0 and class 1, in pixels
 * @param gain     g ≥ 0; 0 means the Gaussian limit
 * @param jitter   added to the covariance diagonal (default 1e-3)
 */
public record InputConfig(InputKind kind, int dim, int size, boolean periodic, DoublePair xi, double gain,
                          double jitter) {

    public InputConfig {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(xi, "xi");
        if (dim != 1 && dim != 2) {
            throw new IllegalArgumentException("dim must be 1 or 2: " + dim);
        }
    }

    /** Number of pixels N = size^dim. */
    public int pixels() {
        return dim == 1 ? size : size * size;
    }
}
