package org.rfsweep.data;

/**
 * The radius of an elliptical family (SCIENCE.md §7): x = c · z with z ~ N(0, C_m) and one random
 * factor c per sample, independent of z's direction, such that Cov(x) = C_m.
 */
abstract class RadialLaw {
    abstract String name();

    /** ν for student-t, NaN otherwise. */
    double shape() {
        return Double.NaN;
    }

    /** The exact marginal excess kurtosis 3N/(N+2) · E[r⁴]/E[r²]² − 3 at N pixels. */
    abstract double excessKurtosis(int pixels);

    /** The exact E|x_i| of one pixel of latent variance v = C_ii at N pixels. */
    abstract double meanAbsPixel(double latentVariance, int pixels);

    /**
     * E|u_1| for u uniform on the unit sphere of R^N: Γ(N/2)/(√π Γ((N+1)/2)). A pixel of the
     * projected-sphere laws is x_i = √(N C_ii) u_1 times their radial factor.
     */
    static double sphereMeanAbsCoordinate(int pixels) {
        return Math.exp(org.apache.commons.math3.special.Gamma.logGamma(pixels / 2.0)
                - org.apache.commons.math3.special.Gamma.logGamma((pixels + 1) / 2.0)) / Math.sqrt(Math.PI);
    }

    /** Whether {@link #factor} reads ‖ε‖². */
    abstract boolean needsWhiteNorm();

    /**
     * The factor c of one sample, drawn from random.
     *
     * @param whiteNormSq ‖ε‖² of the sample's N white normals (z = Λε)
     */
    abstract double factor(BulkNormals random, double whiteNormSq, int pixels);

    /** A uniform in (0, 1), never 0 or 1: the top 53 bits of one word, offset by half a step. */
    static double openUniform(BulkNormals random) {
        return ((random.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }
}
