package org.rfsweep.math;

/**
 * The radix-4 and radix-5 stage kernels of {@link Butterflies} with the loops swapped (q outer,
 * j inner), for the early stages where the stride s is small and the q loop would run only a few
 * times: every index is then linear in the inner loop variable, which keeps the loop cheap and
 * lets the JIT hoist its bounds checks. Same arithmetic, same results.
 */
final class ShortStrideButterflies {
    private static final double C1 = Math.cos(2 * Math.PI / 5);
    private static final double C2 = Math.cos(4 * Math.PI / 5);
    private static final double S1 = Math.sin(2 * Math.PI / 5);
    private static final double S2 = Math.sin(4 * Math.PI / 5);

    private ShortStrideButterflies() {
    }

    static void radix4(double[] ar, double[] ai, int ao, double[] br, double[] bi, int bo,
                       int s, int m, double[] wr, double[] wi) {
        int ms = m * s;
        for (int q = 0; q < s; q++) {
            for (int j = 0; j < m; j++) {
                int i0 = ao + q + s * j;
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
                int o0 = bo + q + 4 * s * j;
                br[o0] = s02r + s13r;
                bi[o0] = s02i + s13i;
                double b1r = d02r + d13i;
                double b1i = d02i - d13r;
                double b2r = s02r - s13r;
                double b2i = s02i - s13i;
                double b3r = d02r - d13i;
                double b3i = d02i + d13r;
                int w = 3 * j;
                br[o0 + s] = b1r * wr[w] - b1i * wi[w];
                bi[o0 + s] = b1r * wi[w] + b1i * wr[w];
                br[o0 + 2 * s] = b2r * wr[w + 1] - b2i * wi[w + 1];
                bi[o0 + 2 * s] = b2r * wi[w + 1] + b2i * wr[w + 1];
                br[o0 + 3 * s] = b3r * wr[w + 2] - b3i * wi[w + 2];
                bi[o0 + 3 * s] = b3r * wi[w + 2] + b3i * wr[w + 2];
            }
        }
    }

    static void radix5(double[] ar, double[] ai, int ao, double[] br, double[] bi, int bo,
                       int s, int m, double[] wr, double[] wi) {
        int ms = m * s;
        for (int q = 0; q < s; q++) {
            for (int j = 0; j < m; j++) {
                int i0 = ao + q + s * j;
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
                double m1r = a0r + C1 * t1r + C2 * t2r;
                double m1i = a0i + C1 * t1i + C2 * t2i;
                double m2r = a0r + C2 * t1r + C1 * t2r;
                double m2i = a0i + C2 * t1i + C1 * t2i;
                double n1r = S1 * d1r + S2 * d2r;
                double n1i = S1 * d1i + S2 * d2i;
                double n2r = S2 * d1r - S1 * d2r;
                double n2i = S2 * d1i - S1 * d2i;
                int o0 = bo + q + 5 * s * j;
                br[o0] = a0r + t1r + t2r;
                bi[o0] = a0i + t1i + t2i;
                int w = 4 * j;
                double xr = m1r + n1i;
                double xi = m1i - n1r;
                br[o0 + s] = xr * wr[w] - xi * wi[w];
                bi[o0 + s] = xr * wi[w] + xi * wr[w];
                xr = m2r + n2i;
                xi = m2i - n2r;
                br[o0 + 2 * s] = xr * wr[w + 1] - xi * wi[w + 1];
                bi[o0 + 2 * s] = xr * wi[w + 1] + xi * wr[w + 1];
                xr = m2r - n2i;
                xi = m2i + n2r;
                br[o0 + 3 * s] = xr * wr[w + 2] - xi * wi[w + 2];
                bi[o0 + 3 * s] = xr * wi[w + 2] + xi * wr[w + 2];
                xr = m1r - n1i;
                xi = m1i + n1r;
                br[o0 + 4 * s] = xr * wr[w + 3] - xi * wi[w + 3];
                bi[o0 + 4 * s] = xr * wi[w + 3] + xi * wr[w + 3];
            }
        }
    }
}
