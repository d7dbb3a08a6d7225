package org.rfsweep.data;

/** NORTA's check case: Q = Φ⁻¹, x = z̃; excess kurtosis 0, h(ρ) = ρ. */
final class GaussianMarginal extends Marginal {
    @Override
    String name() {
        return "gaussian";
    }

    @Override
    double pixel(double z) {
        return z;
    }

    @Override
    double excessKurtosis() {
        return 0;
    }

    @Override
    double correlation(double rho) {
        return rho;
    }

    @Override
    PixelMap map(double invSd) {
        return new ScaleMap(invSd);
    }
}
