package org.rfsweep.data;

/** x = scale · z: NORTA's Gaussian marginal, z̃ = z/√C_ii. */
final class ScaleMap extends PixelMap {
    private final double scale;

    ScaleMap(double scale) {
        this.scale = scale;
    }

    @Override
    void apply(double[] src, int srcOffset, double[] dst, int dstOffset, int length, double whiteNormSq) {
        for (int i = 0; i < length; i++) {
            dst[dstOffset + i] = src[srcOffset + i] * scale;
        }
    }
}
