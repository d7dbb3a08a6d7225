package org.rfsweep.data;

import java.util.Locale;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.math.Fft;
import org.rfsweep.math.Fft2d;

/**
 * Eigenvalues of the periodic (circulant, in 2-D block-circulant) covariances: the DFT of the
 * first row (Gray, "Toeplitz and circulant matrices: a review", 2006, §3.1), indexed like the
 * pixels (2-D frequency (k1, k2) at k1·size + k2).
 */
final class CirculantSpectrum {
    /**
     * Eigenvalues of a PSD matrix may come out of the FFT as −(roundoff); anything below
     * −TOLERANCE·Σ|row| is a genuinely negative eigenvalue (the computed DFT is accurate to a few
     * ε·log N·Σ|row|). Within it, the eigenvalue is a rounded zero and is taken as 0.
     */
    static final double TOLERANCE = 1e-13;

    private CirculantSpectrum() {
    }

    /**
     * The latent covariance's eigenvalues. In 2-D, λ = μ_k1 μ_k2 + jitter with μ the 1-D
     * eigenvalues of the jitter-free kernel (the DFT of a Kronecker product is the product).
     */
    static double[] latent(int dim, int size, double xi, double jitter) {
        double[] mu = dft1d(GaussianKernel.row1d(size, xi, true));
        if (dim == 1) {
            for (int k = 0; k < size; k++) {
                mu[k] += jitter;
            }
            return mu;
        }
        double[] lambda = new double[size * size];
        for (int k1 = 0; k1 < size; k1++) {
            for (int k2 = 0; k2 < size; k2++) {
                lambda[k1 * size + k2] = mu[k1] * mu[k2] + jitter;
            }
        }
        return lambda;
    }

    /** Eigenvalues of the circulant matrix with this real, symmetric first row. */
    static double[] ofFirstRow(int dim, int size, double[] row) {
        if (dim == 1) {
            return dft1d(row);
        }
        double[] re = row.clone();
        double[] im = new double[row.length];
        Fft2d.of(size, size).forward(re, im);
        return re;
    }

    private static double[] dft1d(double[] row) {
        double[] re = row.clone();
        double[] im = new double[row.length];
        Fft.of(row.length).forward(re, im);
        return re;
    }

    /**
     * Checks that no eigenvalue is negative beyond roundoff and sets the rounded zeros to 0.
     *
     * @param lambda eigenvalues. Modified (only entries within roundoff of zero).
     * @param l1     Σ|first row|, the scale of the roundoff
     * @throws InvalidParameterException naming ξ, the size and the most negative eigenvalue
     */
    static void requirePsd(double[] lambda, double l1, int m, double xi, int dim, int size, String what) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : lambda) {
            min = Math.min(min, v);
        }
        double tolerance = TOLERANCE * l1;
        if (!(min >= -tolerance)) {
            throw new InvalidParameterException("xi", String.format(Locale.ROOT,
                    "xi%d = %s is too large for size %d (%d-D, periodic): the class-%d %s covariance is not "
                            + "positive semi-definite, its most negative eigenvalue is %.4g; use a smaller xi, "
                            + "a larger size or open boundaries",
                    m, xi, size, dim, m, what, min));
        }
        for (int k = 0; k < lambda.length; k++) {
            if (lambda[k] < 0) {
                lambda[k] = 0;
            }
        }
    }

    static double l1(double[] row) {
        double s = 0;
        for (double v : row) {
            s += Math.abs(v);
        }
        return s;
    }
}
