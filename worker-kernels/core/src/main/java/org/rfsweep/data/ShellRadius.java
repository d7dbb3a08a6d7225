package org.rfsweep.data;

/**
 * r constant: x = √N · z/‖ε‖ = √N Λu, u uniform on the sphere; Cov(x) = N Λ E[uuᵀ] Λᵀ = C.
 * Excess kurtosis 3N/(N+2) − 3 = −6/(N+2): near-Gaussian marginals, a non-Gaussian joint law.
 */
final class ShellRadius extends RadialLaw {
    @Override
    String name() {
        return "shell";
    }

    /** x = √N Λε/‖ε‖, so x_i = √(N C_ii) u_1. */
    @Override
    double meanAbsPixel(double latentVariance, int pixels) {
        return Math.sqrt(pixels * latentVariance) * sphereMeanAbsCoordinate(pixels);
    }

    @Override
    double excessKurtosis(int pixels) {
        return -6.0 / (pixels + 2);
    }

    @Override
    boolean needsWhiteNorm() {
        return true;
    }

    @Override
    double factor(BulkNormals random, double whiteNormSq, int pixels) {
        return Math.sqrt(pixels / whiteNormSq);
    }
}
