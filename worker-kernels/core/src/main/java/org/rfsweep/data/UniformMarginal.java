package org.rfsweep.data;

import org.rfsweep.math.Erf;

/**
 * The uniform marginal on [−√3, √3]: x = √3 (2Φ(z̃) − 1) = √3 erf(z̃/√2); excess kurtosis −6/5;
 * h(ρ) = (6/π) asin(ρ/2), from E[erf(a/√2) erf(b/√2)] = (2/π) asin(ρ/2) (the bivariate identity
 * behind the NLGP's arcsin covariance, SCIENCE.md §1).
 */
final class UniformMarginal extends Marginal {
    @Override
    String name() {
        return "uniform";
    }

    @Override
    double pixel(double z) {
        return Math.sqrt(3) * Erf.erf(z / Math.sqrt(2));
    }

    @Override
    double excessKurtosis() {
        return -1.2;
    }

    @Override
    double correlation(double rho) {
        return 6 / Math.PI * Math.asin(rho / 2);
    }

    @Override
    PixelMap map(double invSd) {
        return new ErfMap(invSd / Math.sqrt(2), Math.sqrt(3));
    }
}
