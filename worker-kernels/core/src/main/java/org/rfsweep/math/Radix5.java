package org.rfsweep.math;

/**
 * Radix-5 stage kernels of {@link MixedRadixTransform}, in the three loop shapes of
 * {@link Radix4}. With t1 = a1 + a4, t2 = a2 + a3, d1 = a1 − a4, d2 = a2 − a3,
 * c_k = cos(2πk/5), s_k = sin(2πk/5):
 * b0 = a0 + t1 + t2, b1,4 = a0 + c1 t1 + c2 t2 ∓ i(s1 d1 + s2 d2),
 * b2,3 = a0 + c2 t1 + c1 t2 ∓ i(s2 d1 − s1 d2).
 *
 * <p>The butterfly is written out in each loop rather than called: at over 325 bytecodes it
 * would not be inlined by C2.
 */
final class Radix5 {
    private static final double C1 = Math.cos(2 * Math.PI / 5);
    private static final double C2 = Math.cos(4 * Math.PI / 5);
    private static final double S1 = Math.sin(2 * Math.PI / 5);
    private static final double S2 = Math.sin(4 * Math.PI / 5);

    private Radix5() {
    }

    static void strideInner(double[] ar, double[] ai, int ao, double[] br, double[] bi, int bo,
                            int s, int m, double[] wr, double[] wi) {
        int ms = m * s;
        for (int j = 0; j < m; j++) {
            int in = ao + s * j;
            int out = bo + 5 * s * j;
            int w = 4 * j;
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
                double a4r = ar[i0 + 4 * ms];
                double a4i = ai[i0 + 4 * ms];
                double t1r = a1r + a4r;
                double t1i = a1i + a4i;
                double t2r = a2r + a3r;
                double t2i = a2i + a3i;
                double d1r = a1r - a4r;
                double d1i = a1i - a4i;
                double d2r = a2r - a3r;
                double d2i = a2i - a3i;
                double m1r = Math.fma(C2, t2r, Math.fma(C1, t1r, a0r));
                double m1i = Math.fma(C2, t2i, Math.fma(C1, t1i, a0i));
                double m2r = Math.fma(C1, t2r, Math.fma(C2, t1r, a0r));
                double m2i = Math.fma(C1, t2i, Math.fma(C2, t1i, a0i));
                double n1r = Math.fma(S1, d1r, S2 * d2r);
                double n1i = Math.fma(S1, d1i, S2 * d2i);
                double n2r = Math.fma(S2, d1r, -S1 * d2r);
                double n2i = Math.fma(S2, d1i, -S1 * d2i);
                br[o0] = a0r + t1r + t2r;
                bi[o0] = a0i + t1i + t2i;
                twiddle(br, bi, o0 + s, m1r + n1i, m1i - n1r, wr[w], wi[w]);
                twiddle(br, bi, o0 + 2 * s, m2r + n2i, m2i - n2r, wr[w + 1], wi[w + 1]);
                twiddle(br, bi, o0 + 3 * s, m2r - n2i, m2i + n2r, wr[w + 2], wi[w + 2]);
                twiddle(br, bi, o0 + 4 * s, m1r - n1i, m1i + n1r, wr[w + 3], wi[w + 3]);
            }
        }
    }

    /** The first stage: s = 1, so every index has a constant stride in j and its bounds checks hoist. */
    static void first(double[] ar, double[] ai, int ao, double[] br, double[] bi, int bo,
                      int m, double[] wr, double[] wi) {
        for (int j = 0; j < m; j++) {
            int i0 = ao + j;
            int o0 = bo + 5 * j;
            int w = 4 * j;
            double a0r = ar[i0];
            double a0i = ai[i0];
            double a1r = ar[i0 + m];
            double a1i = ai[i0 + m];
            double a2r = ar[i0 + 2 * m];
            double a2i = ai[i0 + 2 * m];
            double a3r = ar[i0 + 3 * m];
            double a3i = ai[i0 + 3 * m];
            double a4r = ar[i0 + 4 * m];
            double a4i = ai[i0 + 4 * m];
            double t1r = a1r + a4r;
            double t1i = a1i + a4i;
            double t2r = a2r + a3r;
            double t2i = a2i + a3i;
            double d1r = a1r - a4r;
            double d1i = a1i - a4i;
            double d2r = a2r - a3r;
            double d2i = a2i - a3i;
            double m1r = Math.fma(C2, t2r, Math.fma(C1, t1r, a0r));
            double m1i = Math.fma(C2, t2i, Math.fma(C1, t1i, a0i));
            double m2r = Math.fma(C1, t2r, Math.fma(C2, t1r, a0r));
            double m2i = Math.fma(C1, t2i, Math.fma(C2, t1i, a0i));
            double n1r = Math.fma(S1, d1r, S2 * d2r);
            double n1i = Math.fma(S1, d1i, S2 * d2i);
            double n2r = Math.fma(S2, d1r, -S1 * d2r);
            double n2i = Math.fma(S2, d1i, -S1 * d2i);
            br[o0] = a0r + t1r + t2r;
            bi[o0] = a0i + t1i + t2i;
            twiddle(br, bi, o0 + 1, m1r + n1i, m1i - n1r, wr[w], wi[w]);
            twiddle(br, bi, o0 + 2, m2r + n2i, m2i - n2r, wr[w + 1], wi[w + 1]);
            twiddle(br, bi, o0 + 3, m2r - n2i, m2i + n2r, wr[w + 2], wi[w + 2]);
            twiddle(br, bi, o0 + 4, m1r - n1i, m1i + n1r, wr[w + 3], wi[w + 3]);
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
            double a4r = ar[i0 + 4 * s];
            double a4i = ai[i0 + 4 * s];
            double t1r = a1r + a4r;
            double t1i = a1i + a4i;
            double t2r = a2r + a3r;
            double t2i = a2i + a3i;
            double d1r = a1r - a4r;
            double d1i = a1i - a4i;
            double d2r = a2r - a3r;
            double d2i = a2i - a3i;
            double m1r = Math.fma(C2, t2r, Math.fma(C1, t1r, a0r));
            double m1i = Math.fma(C2, t2i, Math.fma(C1, t1i, a0i));
            double m2r = Math.fma(C1, t2r, Math.fma(C2, t1r, a0r));
            double m2i = Math.fma(C1, t2i, Math.fma(C2, t1i, a0i));
            double n1r = Math.fma(S1, d1r, S2 * d2r);
            double n1i = Math.fma(S1, d1i, S2 * d2i);
            double n2r = Math.fma(S2, d1r, -S1 * d2r);
            double n2i = Math.fma(S2, d1i, -S1 * d2i);
            int o0 = bo + q;
            br[o0] = a0r + t1r + t2r;
            bi[o0] = a0i + t1i + t2i;
            br[o0 + s] = m1r + n1i;
            bi[o0 + s] = m1i - n1r;
            br[o0 + 2 * s] = m2r + n2i;
            bi[o0 + 2 * s] = m2i - n2r;
            br[o0 + 3 * s] = m2r - n2i;
            bi[o0 + 3 * s] = m2i + n2r;
            br[o0 + 4 * s] = m1r - n1i;
            bi[o0 + 4 * s] = m1i + n1r;
        }
    }

    private static void twiddle(double[] br, double[] bi, int o, double xr, double xi, double wr, double wi) {
        br[o] = Math.fma(xr, wr, -xi * wi);
        bi[o] = Math.fma(xr, wi, xi * wr);
    }
}
