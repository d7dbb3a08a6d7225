package org.rfsweep.math;

/**
 * The radix-2, radix-3 and generic odd-prime stage kernels of {@link MixedRadixTransform}: for each j &lt; m and q &lt; s, the length-p
 * DFT of a_t = in[q + s(j + t m)], t &lt; p, times the twiddle e^(−2πi ju/(p m)), written to
 * out[q + s(p j + u)]. Twiddles are stored at j(p−1) + u − 1.
 */
final class Butterflies {
    private static final double SIN_60 = Math.sqrt(3) / 2;

    private Butterflies() {
    }

    static void radix2(double[] ar, double[] ai, int ao, double[] br, double[] bi, int bo,
                       int s, int m, double[] wr, double[] wi) {
        int ms = m * s;
        for (int j = 0; j < m; j++) {
            double w1r = wr[j];
            double w1i = wi[j];
            int in = ao + s * j;
            int out = bo + 2 * s * j;
            for (int q = 0; q < s; q++) {
                int i0 = in + q;
                double a0r = ar[i0];
                double a0i = ai[i0];
                double a1r = ar[i0 + ms];
                double a1i = ai[i0 + ms];
                int o0 = out + q;
                br[o0] = a0r + a1r;
                bi[o0] = a0i + a1i;
                double dr = a0r - a1r;
                double di = a0i - a1i;
                br[o0 + s] = dr * w1r - di * w1i;
                bi[o0 + s] = dr * w1i + di * w1r;
            }
        }
    }

    static void radix3(double[] ar, double[] ai, int ao, double[] br, double[] bi, int bo,
                       int s, int m, double[] wr, double[] wi) {
        int ms = m * s;
        for (int j = 0; j < m; j++) {
            double w1r = wr[2 * j];
            double w1i = wi[2 * j];
            double w2r = wr[2 * j + 1];
            double w2i = wi[2 * j + 1];
            int in = ao + s * j;
            int out = bo + 3 * s * j;
            for (int q = 0; q < s; q++) {
                int i0 = in + q;
                double a0r = ar[i0];
                double a0i = ai[i0];
                double a1r = ar[i0 + ms];
                double a1i = ai[i0 + ms];
                double a2r = ar[i0 + 2 * ms];
                double a2i = ai[i0 + 2 * ms];
                double tr = a1r + a2r;
                double ti = a1i + a2i;
                double dr = SIN_60 * (a1r - a2r);
                double di = SIN_60 * (a1i - a2i);
                double mr = a0r - 0.5 * tr;
                double mi = a0i - 0.5 * ti;
                int o0 = out + q;
                br[o0] = a0r + tr;
                bi[o0] = a0i + ti;
                // b1 = m − i d, b2 = m + i d
                double b1r = mr + di;
                double b1i = mi - dr;
                double b2r = mr - di;
                double b2i = mi + dr;
                br[o0 + s] = b1r * w1r - b1i * w1i;
                bi[o0 + s] = b1r * w1i + b1i * w1r;
                br[o0 + 2 * s] = b2r * w2r - b2i * w2i;
                bi[o0 + 2 * s] = b2r * w2i + b2i * w2r;
            }
        }
    }

    /** A direct O(p²) butterfly for an odd prime p, with roots e^(−2πi k/p) and a p-long scratch. */
    static void generic(double[] ar, double[] ai, int ao, double[] br, double[] bi, int bo,
                        int s, int m, int p, double[] wr, double[] wi,
                        double[] rootRe, double[] rootIm, double[] tmpRe, double[] tmpIm) {
        int ms = m * s;
        for (int j = 0; j < m; j++) {
            int in = ao + s * j;
            int out = bo + p * s * j;
            for (int q = 0; q < s; q++) {
                for (int t = 0; t < p; t++) {
                    tmpRe[t] = ar[in + q + t * ms];
                    tmpIm[t] = ai[in + q + t * ms];
                }
                for (int u = 0; u < p; u++) {
                    double sr = 0;
                    double si = 0;
                    int k = 0;
                    for (int t = 0; t < p; t++) {
                        double xr = tmpRe[t];
                        double xi = tmpIm[t];
                        sr += xr * rootRe[k] - xi * rootIm[k];
                        si += xr * rootIm[k] + xi * rootRe[k];
                        k += u;
                        if (k >= p) {
                            k -= p;
                        }
                    }
                    if (u == 0) {
                        br[out + q] = sr;
                        bi[out + q] = si;
                    } else {
                        twiddle(br, bi, out + q + u * s, sr, si, wr[j * (p - 1) + u - 1], wi[j * (p - 1) + u - 1]);
                    }
                }
            }
        }
    }

    private static void twiddle(double[] br, double[] bi, int o, double xr, double xi, double wr, double wi) {
        br[o] = xr * wr - xi * wi;
        bi[o] = xr * wi + xi * wr;
    }
}
