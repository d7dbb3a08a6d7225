package org.rfsweep.analysis.flow;

/**
 * The class covariances Σ_0, Σ_1 of a translation-invariant input family on the periodic grid,
 * through their eigenvalues: Σ_m is circulant (block-circulant in 2-D), so the unitary DFT
 * diagonalises both at once and λ_m(q) = Σ_i Σ_m[0, i] e^{−2πi q·i/size} (Gray, "Toeplitz and
 * circulant matrices: a review", 2006, §3.1). This is all the Gaussian-equivalent flow needs of
 * the data.
 */
public interface ClassSpectrum {

    /** 1 or 2. */
    int dim();

    /** Pixels per side; N = size^dim modes. */
    int size();

    /**
     * λ_m(q) for the N modes in pixel order (2-D frequency (q1, q2) at q1·size + q2).
     *
     * @param m class, 0 or 1
     */
    double[] eigenvalues(int m);
}
