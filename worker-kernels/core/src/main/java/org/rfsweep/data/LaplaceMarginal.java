package org.rfsweep.data;

import org.apache.commons.math3.special.Erf;

/**
 * The unit-variance Laplace marginal, scale b = 1/√2: for z ≥ 0, with e = 1 − |2Φ(z) − 1| =
 * erfc(z/√2), g(z) = −b ln e and g'(z) = 2b φ(z)/e. Excess kurtosis 3. (erfc rather than
 * 1 − erf keeps e exact far into the tail, where 1 − erf rounds to 0.)
 */
final class LaplaceMarginal extends SmoothOddMarginal {
    private static final double B = 1 / Math.sqrt(2);

    LaplaceMarginal() {
        super(z -> -B * Math.log(Erf.erfc(z / Math.sqrt(2))),
                z -> 2 * B * phi(z) / Erf.erfc(z / Math.sqrt(2)));
    }

    @Override
    String name() {
        return "laplace";
    }

    @Override
    double excessKurtosis() {
        return 3;
    }
}
