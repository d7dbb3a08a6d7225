package org.rfsweep.math;

/**
 * Dot products d_r = w_r · x of several rows with one vector, in one fixed summation order that
 * both the scalar and the vector path ({@link Simd}) follow exactly, so that the result does not
 * depend on the path or the vector width:
 *
 * <pre>
 *   body = 8 ⌊n/8⌋
 *   p_l  = fma-chain over i = l, l + 8, l + 16, … &lt; body of w_i x_i, from 0     (l = 0 … 7)
 *   d    = ((p_0 + p_1) + (p_2 + p_3)) + ((p_4 + p_5) + (p_6 + p_7))
 *   d    = fma(w_i, x_i, d) for i = body … n − 1, in order
 * </pre>
 *
 * <p>Why eight interleaved partial sums: Java never reassociates floating-point sums, so a single
 * accumulator runs at one fused multiply-add per FMA latency; eight independent chains hide that
 * latency on the scalar path and are exactly one 512-bit vector (or two 256-bit ones) on the vector
 * path, where the eight chains run in the lanes of a single register.
 *
 * <p>The caller passes a scratch array of at least {@value #SCRATCH} doubles (allocated once), in
 * which both paths leave their partial sums before the shared reduction.
 */
public final class RowDots {
    /** Interleaved partial sums per row. */
    public static final int PARTIALS = 8;
    /** Scratch doubles {@link #dots} needs: the partial sums of up to eight rows. */
    public static final int SCRATCH = 8 * PARTIALS;

    private RowDots() {
    }

    /**
     * out[outOff + r − from] ← rows[r] · x[xOff .. xOff + n) for r in [from, to), in the order of
     * the class comment.
     *
     * @param rows    rows of at least n values each. Not modified.
     * @param x       the vector. Not modified.
     * @param out     destination. Modified.
     * @param scratch at least {@link #SCRATCH} doubles. Overwritten.
     */
    public static void dots(double[][] rows, int from, int to, double[] x, int xOff, int n,
                            double[] out, int outOff, double[] scratch) {
        if (Simd.ENABLED) {
            VectorRowDots.dots(rows, from, to, x, xOff, n, out, outOff, scratch);
        } else {
            scalar(rows, from, to, x, xOff, n, out, outOff, scratch);
        }
    }

    /** The scalar path: two rows at a time, eight partial sums each. */
    static void scalar(double[][] rows, int from, int to, double[] x, int xOff, int n,
                       double[] out, int outOff, double[] scratch) {
        int body = n - n % PARTIALS;
        int r = from;
        for (; r + 2 <= to; r += 2) {
            partials2(rows[r], rows[r + 1], x, xOff, body, scratch);
            out[outOff + r - from] = finish(scratch, 0, rows[r], x, xOff, body, n);
            out[outOff + r + 1 - from] = finish(scratch, PARTIALS, rows[r + 1], x, xOff, body, n);
        }
        if (r < to) {
            partials2(rows[r], rows[r], x, xOff, body, scratch);
            out[outOff + r - from] = finish(scratch, 0, rows[r], x, xOff, body, n);
        }
    }

    private static void partials2(double[] u, double[] v, double[] x, int xOff, int body, double[] scratch) {
        double a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
        double b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0, b7 = 0;
        for (int i = 0; i < body; i += PARTIALS) {
            int j = xOff + i;
            double x0 = x[j], x1 = x[j + 1], x2 = x[j + 2], x3 = x[j + 3];
            double x4 = x[j + 4], x5 = x[j + 5], x6 = x[j + 6], x7 = x[j + 7];
            a0 = Math.fma(u[i], x0, a0);
            a1 = Math.fma(u[i + 1], x1, a1);
            a2 = Math.fma(u[i + 2], x2, a2);
            a3 = Math.fma(u[i + 3], x3, a3);
            a4 = Math.fma(u[i + 4], x4, a4);
            a5 = Math.fma(u[i + 5], x5, a5);
            a6 = Math.fma(u[i + 6], x6, a6);
            a7 = Math.fma(u[i + 7], x7, a7);
            b0 = Math.fma(v[i], x0, b0);
            b1 = Math.fma(v[i + 1], x1, b1);
            b2 = Math.fma(v[i + 2], x2, b2);
            b3 = Math.fma(v[i + 3], x3, b3);
            b4 = Math.fma(v[i + 4], x4, b4);
            b5 = Math.fma(v[i + 5], x5, b5);
            b6 = Math.fma(v[i + 6], x6, b6);
            b7 = Math.fma(v[i + 7], x7, b7);
        }
        scratch[0] = a0;
        scratch[1] = a1;
        scratch[2] = a2;
        scratch[3] = a3;
        scratch[4] = a4;
        scratch[5] = a5;
        scratch[6] = a6;
        scratch[7] = a7;
        scratch[8] = b0;
        scratch[9] = b1;
        scratch[10] = b2;
        scratch[11] = b3;
        scratch[12] = b4;
        scratch[13] = b5;
        scratch[14] = b6;
        scratch[15] = b7;
    }

    /**
     * The shared end of both paths: the fixed reduction tree over the eight partial sums at
     * {@code scratch[at ..]}, then the tail i in [body, n) in order.
     */
    static double finish(double[] scratch, int at, double[] w, double[] x, int xOff, int body, int n) {
        double d = ((scratch[at] + scratch[at + 1]) + (scratch[at + 2] + scratch[at + 3]))
                + ((scratch[at + 4] + scratch[at + 5]) + (scratch[at + 6] + scratch[at + 7]));
        for (int i = body; i < n; i++) {
            d = Math.fma(w[i], x[xOff + i], d);
        }
        return d;
    }
}
