package org.rfsweep.data;

import org.rfsweep.math.Erf;

/**
 * x = outScale · erf(inScale · z): the NLGP (inScale g/√2, outScale 1/√γ(g)) and NORTA's uniform
 * marginal (Q(Φ(z̃)) = √3 (2Φ(z̃) − 1) = √3 erf(z̃/√2)), through the fast tabulated erf.
 */
final class ErfMap extends PixelMap {
    private final double inScale;
    private final double outScale;

    ErfMap(double inScale, double outScale) {
        this.inScale = inScale;
        this.outScale = outScale;
    }

    @Override
    void apply(double[] src, int srcOffset, double[] dst, int dstOffset, int length, double whiteNormSq) {
        Erf.erf(src, srcOffset, dst, dstOffset, length, inScale, outScale);
    }
}
