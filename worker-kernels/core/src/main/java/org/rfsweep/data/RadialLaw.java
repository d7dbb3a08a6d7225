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
