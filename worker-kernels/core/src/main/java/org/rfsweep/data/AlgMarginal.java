package org.rfsweep.data;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;

/**
 * LSG25's "AlgQDF" marginal alg(k), k &gt; 4 (SCIENCE.md §7): Q(u) = v / (1 − |v|^k)^(1/k),
 * v = 2u − 1, density ½ (1 + |x|^k)^(−(k+1)/k); s² = B(3/k, 1 − 2/k)/k (finite iff k &gt; 2), raw
 * kurtosis E[Q⁴]/s⁴ = k B(5/k, 1 − 4/k) / B(3/k, 1 − 2/k)² (finite iff k &gt; 4), falling with k
 * towards the uniform's 9/5.
 *
 * <p>Implementation note: for z ≥ 0, with e = erfc(z/√2) = 1 − v, the factor 1 − v^k is computed
 * as w = −expm1(k log1p(−e)), as SCIENCE.md prescribes (the plain form rounds to 0 for z ≳ 8);
 * then g = v w^(−1/k) / s and, from the density, g'(z) = 2 φ(z) w^(−(k+1)/k) / s.
 */
final class AlgMarginal extends SmoothOddMarginal {
    /** Below this k the kurtosis is infinite (k ≤ 4) or the variance (k ≤ 2). */
    static final double MIN_K = 4;

    private final double k;

    AlgMarginal(double k) {
        super(z -> g(z, k), z -> dg(z, k));
        this.k = k;
    }

    private static double w(double z, double k) {
        return -Math.expm1(k * Math.log1p(-Erf.erfc(z / Math.sqrt(2))));
    }

    private static double g(double z, double k) {
        double v = 1 - Erf.erfc(z / Math.sqrt(2));
        return v * Math.exp(-Math.log(w(z, k)) / k) / sd(k);
    }

    private static double dg(double z, double k) {
        return 2 * phi(z) * Math.exp(-Math.log(w(z, k)) * (k + 1) / k) / sd(k);
    }

    /** s = √(B(3/k, 1 − 2/k)/k), the standard deviation of Q(U). */
    static double sd(double k) {
        return Math.sqrt(Math.exp(Beta.logBeta(3 / k, 1 - 2 / k)) / k);
    }

    /** The raw kurtosis k B(5/k, 1 − 4/k) / B(3/k, 1 − 2/k)², for k &gt; 4. */
    static double rawKurtosis(double k) {
        return k * Math.exp(Beta.logBeta(5 / k, 1 - 4 / k) - 2 * Beta.logBeta(3 / k, 1 - 2 / k));
    }

    @Override
    String name() {
        return "alg";
    }

    @Override
    double shape() {
        return k;
    }

    @Override
    double excessKurtosis() {
        return rawKurtosis(k) - 3;
    }
}
