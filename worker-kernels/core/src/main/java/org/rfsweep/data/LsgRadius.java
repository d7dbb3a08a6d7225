package org.rfsweep.data;


/**
 * LSG25's default radial law (code github.com/leonlufkin/Localization): r = 2 + artanh U, U
 * uniform on (0, 1), x = √(N/E[r²]) · r · z/‖ε‖. With E[artanhⁿ U] = ln 2, π²/12, 9ζ(3)/8,
 * 7π⁴/240 for n = 1..4: E[r²] = 4 + 4 ln 2 + π²/12 and
 * E[r⁴] = 16 + 32 ln 2 + 2π² + 9ζ(3) + 7π⁴/240 (SCIENCE.md §7; LSG25 rescale by a Monte-Carlo
 * standard deviation instead of the exact one).
 */
final class LsgRadius extends RadialLaw {
    /** ζ(3), Apéry's constant. */
    static final double ZETA3 = 1.2020569031595942853997;
    static final double R2 = 4 + 4 * Math.log(2) + Math.PI * Math.PI / 12;
    static final double R4 = 16 + 32 * Math.log(2) + 2 * Math.PI * Math.PI + 9 * ZETA3
            + 7 * Math.pow(Math.PI, 4) / 240;

    @Override
    String name() {
        return "lsg";
    }

    /** x = √(N/E[r²]) r Λε/‖ε‖ with E[r] = 2 + E[artanh U] = 2 + ln 2. */
    @Override
    double meanAbsPixel(double latentVariance, int pixels) {
        return Math.sqrt(pixels * latentVariance / R2) * (2 + Math.log(2)) * sphereMeanAbsCoordinate(pixels);
    }

    @Override
    double excessKurtosis(int pixels) {
        return 3.0 * pixels / (pixels + 2) * R4 / (R2 * R2) - 3;
    }

    @Override
    boolean needsWhiteNorm() {
        return true;
    }

    @Override
    double factor(BulkNormals random, double whiteNormSq, int pixels) {
        double u = openUniform(random);
        double r = 2 + 0.5 * Math.log1p(2 * u / (1 - u)); // artanh u
        return Math.sqrt(pixels / (R2 * whiteNormSq)) * r;
    }
}
