package org.rfsweep.math;

/**
 * A complex discrete Fourier transform of one fixed length n (any n ≥ 1) in O(n log n):
 * X_k = Σ_j x_j e^(−2πi jk/n) (forward) and the unnormalised inverse with e^(+2πi jk/n).
 *
 * <p>Implementation note: lengths whose prime factors are all at most
 * {@value #MAX_DIRECT_PRIME} use a mixed-radix Stockham autosort transform (radix 4, 2, 3 and 5
 * butterflies written out, other primes by a direct O(p²) butterfly); any other length uses
 * Bluestein's chirp-z algorithm (Bluestein 1970), a circular convolution of a power-of-two length
 * M ≥ 2n − 1. Twiddles, chirps and workspaces are computed once, in {@link #of(int)}; a transform
 * allocates nothing. The inverse is the forward transform with the real and imaginary parts
 * swapped on input and output (swap(z) = i·conj(z)). Stages run on the Vector API where
 * {@link Simd#ENABLED}, with results bit-identical to the scalar path.
 *
 * <p>A plan owns its workspace, so one plan must not be used by two threads at once.
 */
public final class Fft {
    /** Largest prime factor handled by a direct butterfly; beyond it, Bluestein. */
    static final int MAX_DIRECT_PRIME = 31;

    private final int n;
    private final Transform transform;

    private Fft(int n, Transform transform) {
        this.n = n;
        this.transform = transform;
    }

    /**
     * A plan for length n.
     *
     * @throws IllegalArgumentException if n &lt; 1
     */
    public static Fft of(int n) {
        return of(n, Simd.LANES);
    }

    /** A plan on the vector kernels ({@code lanes} = {@link Simd#LANES}) or the scalar ones (0). */
    static Fft of(int n, int lanes) {
        if (n < 1) {
            throw new IllegalArgumentException("FFT length must be at least 1: " + n);
        }
        return new Fft(n, largestPrimeFactor(n) <= MAX_DIRECT_PRIME
                ? new MixedRadixTransform(n, 1, lanes) : new BluesteinTransform(n, lanes));
    }

    /** The transform length n. */
    public int size() {
        return n;
    }

    /**
     * In place, the forward transform of (re, im)[offset .. offset + n).
     *
     * @param re real parts. Modified.
     * @param im imaginary parts. Modified.
     */
    public void forward(double[] re, double[] im, int offset) {
        transform.forward(re, im, offset);
    }

    /** {@link #forward(double[], double[], int)} at offset 0. */
    public void forward(double[] re, double[] im) {
        transform.forward(re, im, 0);
    }

    /**
     * In place, the unnormalised inverse transform (e^(+2πi jk/n), no 1/n) of
     * (re, im)[offset .. offset + n).
     *
     * @param re real parts. Modified.
     * @param im imaginary parts. Modified.
     */
    public void inverse(double[] re, double[] im, int offset) {
        transform.forward(im, re, offset);
    }

    /** {@link #inverse(double[], double[], int)} at offset 0. */
    public void inverse(double[] re, double[] im) {
        transform.forward(im, re, 0);
    }

    static int largestPrimeFactor(int n) {
        int largest = 1;
        int rest = n;
        for (int p = 2; (long) p * p <= rest; p++) {
            while (rest % p == 0) {
                largest = p;
                rest /= p;
            }
        }
        return Math.max(largest, rest);
    }

    /** One algorithm for one length: an in-place forward transform. */
    interface Transform {
        void forward(double[] re, double[] im, int offset);
    }
}
