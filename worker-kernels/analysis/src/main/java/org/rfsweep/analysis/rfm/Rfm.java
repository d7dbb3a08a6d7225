package org.rfsweep.analysis.rfm;

/**
 * The Recursive Feature Machine's update (Radhakrishnan et al., Science 383 2024; SCIENCE.md §9):
 * M₀ = I, and M ← AGOP = (1/n) Σ_j ∇f(x_j) ∇f(x_j)ᵀ = M Q M since ∇f(x_j) = M g_j, with no
 * rescaling of M between iterations (the scale of M acts as the bandwidth).
 */
public final class Rfm implements FeatureUpdate {
    private final int dims;

    /** @param dims N */
    public Rfm(int dims) {
        this.dims = dims;
    }

    @Override
    public double[] initial() {
        return MatrixOps.identity(dims);
    }

    @Override
    public double[] imageMetric(double[] m) {
        return m;
    }

    @Override
    public double[] next(double[] m, double[] q) {
        return MatrixOps.sandwich(m, q, dims);
    }
}
