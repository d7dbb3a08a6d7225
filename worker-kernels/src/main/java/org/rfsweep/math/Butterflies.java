package org.rfsweep.math;

/**
 * The stage kernels of {@link MixedRadixTransform}: for each j &lt; m and q &lt; s, the length-p
 * DFT of a_t = in[q + s(j + t m)], t &lt; p, times the twiddle e^(−2πi ju/(p m)), written to
 * out[q + s(p j + u)]. Twiddles are stored at j(p−1) + u − 1.
 */
final class Butterflies {
    private static final double SIN_60 = Math.sqrt(3) / 2;
    private static final double C1 = Math.cos(2 * Math.PI / 5);
    private static final double C2 = Math.cos(4 * Math.PI / 5);
    private static final double S1 = Math.sin(2 * Math.PI / 5);
    private static final double S2 = Math.sin(4 * Math.PI / 5);

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

    static void radix4(double[] ar, double[] ai, int ao, double[] br, double[] bi, int bo,
                       int s, int m, double[] wr, double[] wi) {
        int ms = m * s;
        for (int j = 0; j < m; j++) {
            double w1r = wr[3 * j];
            double w1i = wi[3 * j];
            double w2r = wr[3 * j + 1];
            double w2i = wi[3 * j + 1];
            double w3r = wr[3 * j + 2];
            double w3i = wi[3 * j + 2];
            int in = ao + s * j;
            int out = bo + 4 * s * j;
            for (int q = 0; q < s; q++) {
                int i0 = in + q;
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
                int o0 = out + q;
                br[o0] = s02r + s13r;
                bi[o0] = s02i + s13i;
                // b1 = d02 − i d13, b2 = s02 − s13, b3 = d02 + i d13
                double b1r = d02r + d13i;
                double b1i = d02i - d13r;
                double b2r = s02r - s13r;
                double b2i = s02i - s13i;
                double b3r = d02r - d13i;
                double b3i = d02i + d13r;
                br[o0 + s] = b1r * w1r - b1i * w1i;
                bi[o0 + s] = b1r * w1i + b1i * w1r;
                br[o0 + 2 * s] = b2r * w2r - b2i * w2i;
                bi[o0 + 2 * s] = b2r * w2i + b2i * w2r;
                br[o0 + 3 * s] = b3r * w3r - b3i * w3i;
                bi[o0 + 3 * s] = b3r * w3i + b3i * w3r;
            }
        }
    }

    static void radix5(double[] ar, double[] ai, int ao, double[] br, double[] bi, int bo,
                       int s, int m, double[] wr, double[] wi) {
        int ms = m * s;
        for (int j = 0; j < m; j++) {
            int w = 4 * j;
            int in = ao + s * j;
            int out = bo + 5 * s * j;
            for (int q = 0; q < s; q++) {
                int i0 = in + q;
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
                // b1,4 = a0 + c1 t1 + c2 t2 ∓ i (s1 d1 + s2 d2); b2,3 = a0 + c2 t1 + c1 t2 ∓ i (s2 d1 − s1 d2)
                double m1r = a0r + C1 * t1r + C2 * t2r;
                double m1i = a0i + C1 * t1i + C2 * t2i;
                double m2r = a0r + C2 * t1r + C1 * t2r;
                double m2i = a0i + C2 * t1i + C1 * t2i;
                double n1r = S1 * d1r + S2 * d2r;
                double n1i = S1 * d1i + S2 * d2i;
                double n2r = S2 * d1r - S1 * d2r;
                double n2i = S2 * d1i - S1 * d2i;
                int o0 = out + q;
                br[o0] = a0r + t1r + t2r;
                bi[o0] = a0i + t1i + t2i;
                twiddle(br, bi, o0 + s, m1r + n1i, m1i - n1r, wr[w], wi[w]);
                twiddle(br, bi, o0 + 2 * s, m2r + n2i, m2i - n2r, wr[w + 1], wi[w + 1]);
                twiddle(br, bi, o0 + 3 * s, m2r - n2i, m2i + n2r, wr[w + 2], wi[w + 2]);
                twiddle(br, bi, o0 + 4 * s, m1r - n1i, m1i + n1r, wr[w + 3], wi[w + 3]);
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
