package org.rfsweep.data;

/**
 * The immutable part of periodic sampling: the Hermitian layout and, per class m, the spectral
 * weights w_m[k] = √(λ_m[k] / N) (times 1/√2 on frequencies that pair with their negative), λ_m
 * the eigenvalues of the circulant covariance of the Gaussian being sampled.
 */
final class SpectralSampler {
    final int dim;
    final int size;
    final int pixels;
    final HermitianLayout layout;
    /** weight[m][k]. */
    final double[][] weight;

    SpectralSampler(int dim, int size, double[] lambda0, double[] lambda1) {
        this.dim = dim;
        this.size = size;
        this.pixels = lambda0.length;
        this.layout = new HermitianLayout(dim, size);
        this.weight = new double[][] {weights(lambda0), weights(lambda1)};
    }

    private double[] weights(double[] lambda) {
        double[] w = new double[pixels];
        for (int k = 0; k < pixels; k++) {
            w[k] = Math.sqrt(lambda[k] / pixels);
        }
        for (int k : layout.lo) {
            w[k] *= Math.sqrt(0.5);
        }
        for (int k : layout.hi) {
            w[k] *= Math.sqrt(0.5);
        }
        return w;
    }
}
