package org.rfsweep.data;

import org.rfsweep.math.Erf;

/**
 * The pointwise map from a latent Gaussian sample to an input: x = erf(g z/√2)/√γ(g) for the NLGP
 * at g &gt; 0, the identity for the Gaussian control and for the NLGP's g = 0 limit.
 */
final class PixelMap {
    private final boolean nonlinear;
    private final double inScale;
    private final double outScale;

    PixelMap(InputKind kind, double gain) {
        this.nonlinear = kind == InputKind.NLGP && gain > 0;
        this.inScale = gain / Math.sqrt(2);
        this.outScale = nonlinear ? 1 / Math.sqrt(Nlgp.gamma(gain)) : 1;
    }

    /**
     * dst[dstOffset + i] ← map(src[srcOffset + i]) for i &lt; length.
     *
     * @param src latent values. Not modified.
     * @param dst inputs. Modified.
     */
    void apply(double[] src, int srcOffset, double[] dst, int dstOffset, int length) {
        if (nonlinear) {
            Erf.erf(src, srcOffset, dst, dstOffset, length, inScale, outScale);
        } else {
            System.arraycopy(src, srcOffset, dst, dstOffset, length);
        }
    }
}
