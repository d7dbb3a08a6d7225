package org.rfsweep.analysis.rfm;

/**
 * The dot product of the kernel machines, in one fixed summation order: four interleaved partial
 * sums (indices ≡ 0, 1, 2, 3 mod 4), added as (s0 + s1) + (s2 + s3), then the tail. Four
 * independent chains run about four times faster than one (Java never reassociates a sum), and the
 * order is part of the results' bits.
 */
final class Dots {
    private Dots() {
    }

    /** Σ_k a[ao + k] b[bo + k] for k &lt; len. Not modified. */
    static double dot(double[] a, int ao, double[] b, int bo, int len) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 4 <= len; k += 4) {
            s0 += a[ao + k] * b[bo + k];
            s1 += a[ao + k + 1] * b[bo + k + 1];
            s2 += a[ao + k + 2] * b[bo + k + 2];
            s3 += a[ao + k + 3] * b[bo + k + 3];
        }
        double s = (s0 + s1) + (s2 + s3);
        for (; k < len; k++) {
            s += a[ao + k] * b[bo + k];
        }
        return s;
    }
}
