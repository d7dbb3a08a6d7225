package org.rfsweep.data;

/** x = sign z (±1 pixels): NORTA's sign marginal, Q(Φ(z)) = sign z, the NLGP's g → ∞ limit. */
final class SignMap extends PixelMap {
    @Override
    void apply(double[] src, int srcOffset, double[] dst, int dstOffset, int length, double whiteNormSq) {
        for (int i = 0; i < length; i++) {
            dst[dstOffset + i] = Math.copySign(1.0, src[srcOffset + i]);
        }
    }
}
