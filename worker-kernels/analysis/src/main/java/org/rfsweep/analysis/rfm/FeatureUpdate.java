package org.rfsweep.analysis.rfm;

/**
 * How a feature-learning kernel machine turns its learned matrix into the image metric of its
 * Laplace kernel and updates the matrix from the average gradient outer product
 * ({@link FeatureIteration}). The Recursive Feature Machine learns the N × N image metric itself
 * ({@link Rfm}); the ConvRFM learns a patch matrix that acts on every patch ({@code ConvRfm}).
 */
public interface FeatureUpdate {

    /** M₀, row-major. */
    double[] initial();

    /**
     * The N × N image metric of the Laplace kernel for the learned matrix {@code m}.
     *
     * @param m the learned matrix. Not modified (may be returned itself).
     */
    double[] imageMetric(double[] m);

    /**
     * The next learned matrix from the current one and Q = (1/n) Σ_j g_j g_jᵀ, the mean outer
     * product of the gradient directions at the training points (∇f(x_j) = M_img g_j).
     *
     * @param m current matrix. Not modified.
     * @param q N × N. Not modified.
     */
    double[] next(double[] m, double[] q);
}
