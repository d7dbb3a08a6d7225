package org.rfsweep.data;

/**
 * ±1 pixels: Q(Φ(z̃)) = sign z̃; excess kurtosis −2; h(ρ) = (2/π) asin ρ (Sheppard's formula,
 * P(sign a ≠ sign b) = acos(ρ)/π).
 */
final class SignMarginal extends Marginal {
    @Override
    String name() {
        return "sign";
    }

    @Override
    double pixel(double z) {
        return Math.signum(z);
    }

    @Override
    double excessKurtosis() {
        return -2;
    }

    @Override
    double correlation(double rho) {
        return 2 / Math.PI * Math.asin(rho);
    }

    @Override
    PixelMap map(double invSd) {
        return new SignMap();
    }
}
