package org.rfsweep.data;

/** x = c · z with one radial factor c per sample ({@link RadialLaw}), drawn from the stream's random source. */
final class RadialMap extends PixelMap {
    private final RadialLaw law;
    private final BulkNormals random;
    private final int pixels;

    RadialMap(RadialLaw law, BulkNormals random, int pixels) {
        this.law = law;
        this.random = random;
        this.pixels = pixels;
    }

    @Override
    void apply(double[] src, int srcOffset, double[] dst, int dstOffset, int length, double whiteNormSq) {
        double c = law.factor(random, whiteNormSq, pixels);
        for (int i = 0; i < length; i++) {
            dst[dstOffset + i] = src[srcOffset + i] * c;
        }
    }

    @Override
    boolean needsWhiteNorm() {
        return law.needsWhiteNorm();
    }
}
