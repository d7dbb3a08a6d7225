package org.rfsweep.analysis.effective;

import java.util.function.DoubleUnaryOperator;

/**
 * The marginal law of one pixel of a translation-invariant input family (unit variance up to the
 * jitter), as far as the effective single-neuron dynamics needs it: expectations E[f(x)] of
 * smooth functions, by an exact 1-D quadrature (never by sampling).
 */
public interface PixelMarginal {

    /**
     * E[f(x)].
     *
     * @param f     the integrand, smooth, possibly steep around x = 0
     * @param width the x-scale over which f changes fastest around 0 (e.g. 1/c for erf(c x)), so
     *              the quadrature can refine there; any positive number is correct, a good one is fast
     */
    double expectation(DoubleUnaryOperator f, double width);

    /**
     * E[f(x)] for an even f, which every family of SCIENCE.md §7 (all sign-symmetric) may compute
     * over half the range; the default is {@link #expectation}.
     */
    default double evenExpectation(DoubleUnaryOperator f, double width) {
        return expectation(f, width);
    }

    /** The exact excess kurtosis E[x⁴]/E[x²]² − 3. */
    double excessKurtosis();
}
