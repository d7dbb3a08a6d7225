package org.rfsweep.analysis.effective;

import java.util.function.DoubleUnaryOperator;

/** ±1 pixels with probability ½ each (the NLGP's g → ∞ limit, Ising, NORTA {@code sign}): E[f] = (f(1) + f(−1))/2. */
final class SignMarginal implements PixelMarginal {
    @Override
    public double expectation(DoubleUnaryOperator f, double width) {
        return 0.5 * (f.applyAsDouble(1) + f.applyAsDouble(-1));
    }

    @Override
    public double excessKurtosis() {
        return -2;
    }
}
