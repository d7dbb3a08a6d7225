package org.rfsweep.math;

import java.util.Arrays;

/**
 * Bluestein's chirp-z FFT (Bluestein 1970; Rabiner, Schafer &amp; Rader 1969) for lengths with a
 * large prime factor.
 *
 * <p>Implementation note: with the chirp w_k = e^(−iπ k²/n), jk = (k² + j² − (k−j)²)/2 turns the
 * DFT into X_k = w_k Σ_j (x_j w_j) conj(w_(k−j)), a convolution evaluated circularly at a
 * power-of-two length M ≥ 2n − 1 with two mixed-radix transforms. The transformed, 1/M-scaled
 * conj(w) is precomputed; k² is reduced mod 2n in integers so the chirp angles stay exact.
 */
final class BluesteinTransform implements Fft.Transform {
    private final int n;
    private final int m;
    private final MixedRadixTransform inner;
    private final double[] chirpRe;
    private final double[] chirpIm;
    private final double[] kernelRe;
    private final double[] kernelIm;
    private final double[] workRe;
    private final double[] workIm;

    /** A plan for length n whose inner transforms use {@code lanes} (see {@link MixedRadixTransform}). */
    BluesteinTransform(int n, int lanes) {
        this.n = n;
        this.m = Integer.highestOneBit(2 * n - 1) << (Integer.bitCount(2 * n - 1) == 1 ? 0 : 1);
        this.inner = new MixedRadixTransform(m, 1, lanes);
        chirpRe = new double[n];
        chirpIm = new double[n];
        for (int k = 0; k < n; k++) {
            double angle = Math.PI * (((long) k * k) % (2L * n)) / n;
            chirpRe[k] = Math.cos(angle);
            chirpIm[k] = -Math.sin(angle);
        }
        kernelRe = new double[m];
        kernelIm = new double[m];
        for (int k = 0; k < n; k++) {
            // conj(w_k) / M at k and at −k (mod M)
            kernelRe[k] = chirpRe[k] / m;
            kernelIm[k] = -chirpIm[k] / m;
            if (k > 0) {
                kernelRe[m - k] = kernelRe[k];
                kernelIm[m - k] = kernelIm[k];
            }
        }
        inner.forward(kernelRe, kernelIm, 0);
        workRe = new double[m];
        workIm = new double[m];
    }

    @Override
    public void forward(double[] re, double[] im, int offset) {
        double[] wr = workRe;
        double[] wi = workIm;
        for (int k = 0; k < n; k++) {
            double xr = re[offset + k];
            double xi = im[offset + k];
            wr[k] = xr * chirpRe[k] - xi * chirpIm[k];
            wi[k] = xr * chirpIm[k] + xi * chirpRe[k];
        }
        Arrays.fill(wr, n, m, 0.0);
        Arrays.fill(wi, n, m, 0.0);
        inner.forward(wr, wi, 0);
        for (int k = 0; k < m; k++) {
            double xr = wr[k];
            double xi = wi[k];
            // multiply by the kernel and conjugate, so the forward transform below acts as an inverse
            wr[k] = xr * kernelRe[k] - xi * kernelIm[k];
            wi[k] = -(xr * kernelIm[k] + xi * kernelRe[k]);
        }
        inner.forward(wr, wi, 0);
        for (int k = 0; k < n; k++) {
            double cr = wr[k];
            double ci = -wi[k];
            re[offset + k] = cr * chirpRe[k] - ci * chirpIm[k];
            im[offset + k] = cr * chirpIm[k] + ci * chirpRe[k];
        }
    }
}
