package org.rfsweep.math;

/**
 * Radix-4 stage kernels of {@link MixedRadixTransform} (see there for the index scheme):
 * b0 = (a0 + a2) + (a1 + a3), b1 = (a0 − a2) − i(a1 − a3), b2 = (a0 + a2) − (a1 + a3),
 * b3 = (a0 − a2) + i(a1 − a3), then b_u ← b_u · w^(ju).
 *
 * <p>Three loop shapes with the same arithmetic: q innermost, the first stage (s = 1, j
 * innermost with constant strides), and the last stage (m = 1), whose twiddles are all 1.
 * The butterfly is written out in each loop: a shared method, once compiled on its own, is too
 * large for C2 to inline at further call sites. Fused multiply-adds in the twiddle products.
 */
final class Radix4 {
    private Radix4() {
    }

    static void strideInner(double[] ar, double[] ai, int ao, double[] br, double[] bi, int bo,
                            int s, int m, double[] wr, double[] wi) {
        int ms = m * s;
        for (int j = 0; j < m; j++) {
            int w = 3 * j;
            double w1r = wr[w];
            double w1i = wi[w];
            double w2r = wr[w + 1];
            double w2i = wi[w + 1];
            double w3r = wr[w + 2];
            double w3i = wi[w + 2];
            int in = ao + s * j;
            int out = bo + 4 * s * j;
            for (int q = 0; q < s; q++) {
                int i0 = in + q;
                int o0 = out + q;
                double a0r = ar[i0];
                double a0i = ai[i0];
                double a1r = ar[i0 + ms];
                double a1i = ai[i0 + ms];
                double a2r = ar[i0 + 2 * ms];
                double a2i = ai[i0 + 2 * ms];
                double a3r = ar[i0 + 3 * ms];
                double a3i = ai[i0 + 3 * ms];
                double s02r = a0r + a2r;
                double s02i = a0i + a2i;
                double d02r = a0r - a2r;
                double d02i = a0i - a2i;
                double s13r = a1r + a3r;
                double s13i = a1i + a3i;
                double d13r = a1r - a3r;
                double d13i = a1i - a3i;
                br[o0] = s02r + s13r;
                bi[o0] = s02i + s13i;
                double b1r = d02r + d13i;
                double b1i = d02i - d13r;
                double b2r = s02r - s13r;
                double b2i = s02i - s13i;
                double b3r = d02r - d13i;
                double b3i = d02i + d13r;
                br[o0 + s] = Math.fma(b1r, w1r, -b1i * w1i);
                bi[o0 + s] = Math.fma(b1r, w1i, b1i * w1r);
                br[o0 + 2 * s] = Math.fma(b2r, w2r, -b2i * w2i);
                bi[o0 + 2 * s] = Math.fma(b2r, w2i, b2i * w2r);
                br[o0 + 3 * s] = Math.fma(b3r, w3r, -b3i * w3i);
                bi[o0 + 3 * s] = Math.fma(b3r, w3i, b3i * w3r);
            }
        }
    }

    /** The first stage: s = 1, so every index has a constant stride in j and its bounds checks hoist. */
    static void first(double[] ar, double[] ai, int ao, double[] br, double[] bi, int bo,
                      int m, double[] wr, double[] wi) {
        for (int j = 0; j < m; j++) {
            int i0 = ao + j;
            int o0 = bo + 4 * j;
            int w = 3 * j;
            double a0r = ar[i0];
            double a0i = ai[i0];
            double a1r = ar[i0 + m];
            double a1i = ai[i0 + m];
            double a2r = ar[i0 + 2 * m];
            double a2i = ai[i0 + 2 * m];
            double a3r = ar[i0 + 3 * m];
            double a3i = ai[i0 + 3 * m];
            double s02r = a0r + a2r;
            double s02i = a0i + a2i;
            double d02r = a0r - a2r;
            double d02i = a0i - a2i;
            double s13r = a1r + a3r;
            double s13i = a1i + a3i;
            double d13r = a1r - a3r;
            double d13i = a1i - a3i;
            br[o0] = s02r + s13r;
            bi[o0] = s02i + s13i;
            double b1r = d02r + d13i;
            double b1i = d02i - d13r;
            double b2r = s02r - s13r;
            double b2i = s02i - s13i;
            double b3r = d02r - d13i;
            double b3i = d02i + d13r;
            br[o0 + 1] = Math.fma(b1r, wr[w], -b1i * wi[w]);
            bi[o0 + 1] = Math.fma(b1r, wi[w], b1i * wr[w]);
            br[o0 + 2] = Math.fma(b2r, wr[w + 1], -b2i * wi[w + 1]);
            bi[o0 + 2] = Math.fma(b2r, wi[w + 1], b2i * wr[w + 1]);
            br[o0 + 3] = Math.fma(b3r, wr[w + 2], -b3i * wi[w + 2]);
            bi[o0 + 3] = Math.fma(b3r, wi[w + 2], b3i * wr[w + 2]);
        }
    }

    /** The last stage: m = 1, all twiddles 1. */
    static void last(double[] ar, double[] ai, int ao, double[] br, double[] bi, int bo, int s) {
        for (int q = 0; q < s; q++) {
            int i0 = ao + q;
            double a0r = ar[i0];
            double a0i = ai[i0];
            double a1r = ar[i0 + s];
            double a1i = ai[i0 + s];
            double a2r = ar[i0 + 2 * s];
            double a2i = ai[i0 + 2 * s];
            double a3r = ar[i0 + 3 * s];
            double a3i = ai[i0 + 3 * s];
            double s02r = a0r + a2r;
            double s02i = a0i + a2i;
            double d02r = a0r - a2r;
            double d02i = a0i - a2i;
            double s13r = a1r + a3r;
            double s13i = a1i + a3i;
            double d13r = a1r - a3r;
            double d13i = a1i - a3i;
            int o0 = bo + q;
            br[o0] = s02r + s13r;
            bi[o0] = s02i + s13i;
            br[o0 + s] = d02r + d13i;
            bi[o0 + s] = d02i - d13r;
            br[o0 + 2 * s] = s02r - s13r;
            bi[o0 + 2 * s] = s02i - s13i;
            br[o0 + 3 * s] = d02r - d13i;
            bi[o0 + 3 * s] = d02i + d13r;
        }
    }

}
