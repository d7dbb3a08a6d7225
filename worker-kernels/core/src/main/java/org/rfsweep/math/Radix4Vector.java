package org.rfsweep.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector twins of the {@link Radix4} stage kernels (used only when {@link Simd#ENABLED}). Every
 * lane does exactly the floating-point operations of the scalar kernel in the same order
 * (a − b·c as a product then a difference, {@code Math.fma} as {@code fma}, −x·y as a negation
 * then a product), so the results are bit-identical to {@link Radix4}'s for any vector width.
 *
 * <p>{@link #strideInner} and {@link #last} run along q (s ≥ lanes); {@link #halfStride} (s =
 * lanes / 2) puts two j in one vector; {@link #first} runs along j (s = 1, m ≥ lanes) with its
 * twiddles stored per u contiguously in j, then interleaves its four outputs per j with two
 * rounds of zips (rearrange and blend; scatters measured slower). A run whose length is not a
 * multiple of the lanes ends with one vector that overlaps the previous one: the stage reads one
 * array and writes another, so the overlapping lanes are recomputed with the same values, and no
 * scalar tail is needed (except in {@link #first}'s in-place pass).
 *
 * <p>The species is a compile-time constant ({@link VectorShapes#DOUBLES}): passed as a
 * parameter, C2 could not intrinsify the operations and the kernels ran 15 times slower. Both
 * widths are tested by running the parity test in a second JVM with 4 lanes.
 */
final class Radix4Vector {
    /** The species of every kernel here: a constant, so that C2 compiles the operations to instructions. */
    private static final VectorSpecies<Double> SP = VectorShapes.DOUBLES;
    private static final int LANES = SP.length();
    private static final VectorShuffle<Double> ZIP_LO = zip(0);
    private static final VectorShuffle<Double> ZIP_HI = zip(LANES / 2);
    private static final VectorMask<Double> ODD = VectorMask.fromLong(SP, 0xAAAAAAAAAAAAAAAAL & ((1L << LANES) - 1));
    private static final VectorShuffle<Double> SWAP_HALVES = VectorShuffle.fromOp(SP, i -> (i + LANES / 2) % LANES);
    private static final VectorMask<Double> HIGH_HALF =
            VectorMask.fromLong(SP, (-1L << (LANES / 2)) & ((1L << LANES) - 1));

    private Radix4Vector() {
    }

    static void strideInner(double[] ar, double[] ai, int ao,
                            double[] br, double[] bi, int bo, int s, int m, double[] wr, double[] wi) {
        int lanes = LANES;
        int ms = m * s;
        int qLast = s - lanes;
        for (int j = 0; j < m; j++) {
            int w = 3 * j;
            DoubleVector w1r = DoubleVector.broadcast(SP, wr[w]);
            DoubleVector w1i = DoubleVector.broadcast(SP, wi[w]);
            DoubleVector w2r = DoubleVector.broadcast(SP, wr[w + 1]);
            DoubleVector w2i = DoubleVector.broadcast(SP, wi[w + 1]);
            DoubleVector w3r = DoubleVector.broadcast(SP, wr[w + 2]);
            DoubleVector w3i = DoubleVector.broadcast(SP, wi[w + 2]);
            int in = ao + s * j;
            int out = bo + 4 * s * j;
            for (int q0 = 0; q0 < s; q0 += lanes) {
                int q = Math.min(q0, qLast);
                int i0 = in + q;
                int o0 = out + q;
                DoubleVector a0r = DoubleVector.fromArray(SP, ar, i0);
                DoubleVector a0i = DoubleVector.fromArray(SP, ai, i0);
                DoubleVector a1r = DoubleVector.fromArray(SP, ar, i0 + ms);
                DoubleVector a1i = DoubleVector.fromArray(SP, ai, i0 + ms);
                DoubleVector a2r = DoubleVector.fromArray(SP, ar, i0 + 2 * ms);
                DoubleVector a2i = DoubleVector.fromArray(SP, ai, i0 + 2 * ms);
                DoubleVector a3r = DoubleVector.fromArray(SP, ar, i0 + 3 * ms);
                DoubleVector a3i = DoubleVector.fromArray(SP, ai, i0 + 3 * ms);
                DoubleVector s02r = a0r.add(a2r);
                DoubleVector s02i = a0i.add(a2i);
                DoubleVector d02r = a0r.sub(a2r);
                DoubleVector d02i = a0i.sub(a2i);
                DoubleVector s13r = a1r.add(a3r);
                DoubleVector s13i = a1i.add(a3i);
                DoubleVector d13r = a1r.sub(a3r);
                DoubleVector d13i = a1i.sub(a3i);
                s02r.add(s13r).intoArray(br, o0);
                s02i.add(s13i).intoArray(bi, o0);
                DoubleVector b1r = d02r.add(d13i);
                DoubleVector b1i = d02i.sub(d13r);
                DoubleVector b2r = s02r.sub(s13r);
                DoubleVector b2i = s02i.sub(s13i);
                DoubleVector b3r = d02r.sub(d13i);
                DoubleVector b3i = d02i.add(d13r);
                b1r.fma(w1r, b1i.neg().mul(w1i)).intoArray(br, o0 + s);
                b1r.fma(w1i, b1i.mul(w1r)).intoArray(bi, o0 + s);
                b2r.fma(w2r, b2i.neg().mul(w2i)).intoArray(br, o0 + 2 * s);
                b2r.fma(w2i, b2i.mul(w2r)).intoArray(bi, o0 + 2 * s);
                b3r.fma(w3r, b3i.neg().mul(w3i)).intoArray(br, o0 + 3 * s);
                b3r.fma(w3i, b3i.mul(w3r)).intoArray(bi, o0 + 3 * s);
            }
        }
    }

    /**
     * A middle stage with s = lanes / 2: one vector holds q &lt; s for two consecutive j, so loads
     * are contiguous; needs m ≥ 2. {@code er, ei}: the twiddles repeated along q, at
     * (u − 1)·m·s + s·j + q. Output u of the pair lands at two places s·(4j + u) and
     * s·(4j + 4 + u); swapping vector halves and blending pairs u = (0, 1) and (2, 3) turns the
     * four outputs into four contiguous vectors.
     */
    static void halfStride(double[] ar, double[] ai, int ao, double[] br, double[] bi, int bo,
                           int m, double[] er, double[] ei) {
        int s = LANES / 2;
        int ms = m * s;
        int jLast = m - 2;
        for (int j0 = 0; j0 < m; j0 += 2) {
            int j = Math.min(j0, jLast);
            int i0 = ao + s * j;
            DoubleVector a0r = DoubleVector.fromArray(SP, ar, i0);
            DoubleVector a0i = DoubleVector.fromArray(SP, ai, i0);
            DoubleVector a1r = DoubleVector.fromArray(SP, ar, i0 + ms);
            DoubleVector a1i = DoubleVector.fromArray(SP, ai, i0 + ms);
            DoubleVector a2r = DoubleVector.fromArray(SP, ar, i0 + 2 * ms);
            DoubleVector a2i = DoubleVector.fromArray(SP, ai, i0 + 2 * ms);
            DoubleVector a3r = DoubleVector.fromArray(SP, ar, i0 + 3 * ms);
            DoubleVector a3i = DoubleVector.fromArray(SP, ai, i0 + 3 * ms);
            DoubleVector s02r = a0r.add(a2r);
            DoubleVector s02i = a0i.add(a2i);
            DoubleVector d02r = a0r.sub(a2r);
            DoubleVector d02i = a0i.sub(a2i);
            DoubleVector s13r = a1r.add(a3r);
            DoubleVector s13i = a1i.add(a3i);
            DoubleVector d13r = a1r.sub(a3r);
            DoubleVector d13i = a1i.sub(a3i);
            DoubleVector b0r = s02r.add(s13r);
            DoubleVector b0i = s02i.add(s13i);
            DoubleVector b1r = d02r.add(d13i);
            DoubleVector b1i = d02i.sub(d13r);
            DoubleVector b2r = s02r.sub(s13r);
            DoubleVector b2i = s02i.sub(s13i);
            DoubleVector b3r = d02r.sub(d13i);
            DoubleVector b3i = d02i.add(d13r);
            int w = s * j;
            DoubleVector w1r = DoubleVector.fromArray(SP, er, w);
            DoubleVector w1i = DoubleVector.fromArray(SP, ei, w);
            DoubleVector w2r = DoubleVector.fromArray(SP, er, ms + w);
            DoubleVector w2i = DoubleVector.fromArray(SP, ei, ms + w);
            DoubleVector w3r = DoubleVector.fromArray(SP, er, 2 * ms + w);
            DoubleVector w3i = DoubleVector.fromArray(SP, ei, 2 * ms + w);
            DoubleVector c1r = b1r.fma(w1r, b1i.neg().mul(w1i));
            DoubleVector c1i = b1r.fma(w1i, b1i.mul(w1r));
            DoubleVector c2r = b2r.fma(w2r, b2i.neg().mul(w2i));
            DoubleVector c2i = b2r.fma(w2i, b2i.mul(w2r));
            DoubleVector c3r = b3r.fma(w3r, b3i.neg().mul(w3i));
            DoubleVector c3i = b3r.fma(w3i, b3i.mul(w3r));
            int o0 = bo + 4 * s * j;
            // [x.lo, y.lo] and [x.hi, y.hi] at o0 + 2s·k and o0 + 4s + 2s·k
            DoubleVector x0s = b0r.rearrange(SWAP_HALVES);
            DoubleVector x1s = c1r.rearrange(SWAP_HALVES);
            b0r.blend(x1s, HIGH_HALF).intoArray(br, o0);
            x0s.blend(c1r, HIGH_HALF).intoArray(br, o0 + 4 * s);
            DoubleVector x2s = c2r.rearrange(SWAP_HALVES);
            DoubleVector x3s = c3r.rearrange(SWAP_HALVES);
            c2r.blend(x3s, HIGH_HALF).intoArray(br, o0 + 2 * s);
            x2s.blend(c3r, HIGH_HALF).intoArray(br, o0 + 6 * s);
            DoubleVector y0s = b0i.rearrange(SWAP_HALVES);
            DoubleVector y1s = c1i.rearrange(SWAP_HALVES);
            b0i.blend(y1s, HIGH_HALF).intoArray(bi, o0);
            y0s.blend(c1i, HIGH_HALF).intoArray(bi, o0 + 4 * s);
            DoubleVector y2s = c2i.rearrange(SWAP_HALVES);
            DoubleVector y3s = c3i.rearrange(SWAP_HALVES);
            c2i.blend(y3s, HIGH_HALF).intoArray(bi, o0 + 2 * s);
            y2s.blend(c3i, HIGH_HALF).intoArray(bi, o0 + 6 * s);
        }
    }

    /** The last stage (m = 1, twiddles 1), along q; needs s ≥ lanes. */
    static void last(double[] ar, double[] ai, int ao,
                     double[] br, double[] bi, int bo, int s) {
        int lanes = LANES;
        int qLast = s - lanes;
        for (int q0 = 0; q0 < s; q0 += lanes) {
            int q = Math.min(q0, qLast);
            int i0 = ao + q;
            DoubleVector a0r = DoubleVector.fromArray(SP, ar, i0);
            DoubleVector a0i = DoubleVector.fromArray(SP, ai, i0);
            DoubleVector a1r = DoubleVector.fromArray(SP, ar, i0 + s);
            DoubleVector a1i = DoubleVector.fromArray(SP, ai, i0 + s);
            DoubleVector a2r = DoubleVector.fromArray(SP, ar, i0 + 2 * s);
            DoubleVector a2i = DoubleVector.fromArray(SP, ai, i0 + 2 * s);
            DoubleVector a3r = DoubleVector.fromArray(SP, ar, i0 + 3 * s);
            DoubleVector a3i = DoubleVector.fromArray(SP, ai, i0 + 3 * s);
            DoubleVector s02r = a0r.add(a2r);
            DoubleVector s02i = a0i.add(a2i);
            DoubleVector d02r = a0r.sub(a2r);
            DoubleVector d02i = a0i.sub(a2i);
            DoubleVector s13r = a1r.add(a3r);
            DoubleVector s13i = a1i.add(a3i);
            DoubleVector d13r = a1r.sub(a3r);
            DoubleVector d13i = a1i.sub(a3i);
            int o0 = bo + q;
            s02r.add(s13r).intoArray(br, o0);
            s02i.add(s13i).intoArray(bi, o0);
            d02r.add(d13i).intoArray(br, o0 + s);
            d02i.sub(d13r).intoArray(bi, o0 + s);
            s02r.sub(s13r).intoArray(br, o0 + 2 * s);
            s02i.sub(s13i).intoArray(bi, o0 + 2 * s);
            d02r.sub(d13i).intoArray(br, o0 + 3 * s);
            d02i.add(d13r).intoArray(bi, o0 + 3 * s);
        }
    }

    /**
     * The first stage (s = 1), along j; needs m ≥ lanes. {@code tr, ti}: the stage's twiddles
     * e^(−2πi ju/(4m)) at (u − 1)·m + j (see {@link MixedRadixTransform}). First the
     * butterflies, each output u of j written over input u of j (a[u·m + j]: the input is not
     * needed afterwards, and the stage's output is the other array), then the interleaving.
     */
    static void first(double[] ar, double[] ai, int ao,
                      double[] br, double[] bi, int bo, int m, double[] tr, double[] ti) {
        int full = m - m % LANES;
        firstInPlace(ar, ai, ao, m, full, tr, ti);
        firstInPlaceTail(ar, ai, ao, m, full, tr, ti);
        interleave(ar, ao, br, bo, m);
        interleave(ai, ao, bi, bo, m);
    }

    /** The butterflies of j &lt; full, in whole vectors (in place, so no overlapping last one). */
    private static void firstInPlace(double[] ar, double[] ai, int ao, int m, int full,
                                     double[] tr, double[] ti) {
        for (int j = 0; j < full; j += LANES) {
            int i0 = ao + j;
            DoubleVector a0r = DoubleVector.fromArray(SP, ar, i0);
            DoubleVector a0i = DoubleVector.fromArray(SP, ai, i0);
            DoubleVector a1r = DoubleVector.fromArray(SP, ar, i0 + m);
            DoubleVector a1i = DoubleVector.fromArray(SP, ai, i0 + m);
            DoubleVector a2r = DoubleVector.fromArray(SP, ar, i0 + 2 * m);
            DoubleVector a2i = DoubleVector.fromArray(SP, ai, i0 + 2 * m);
            DoubleVector a3r = DoubleVector.fromArray(SP, ar, i0 + 3 * m);
            DoubleVector a3i = DoubleVector.fromArray(SP, ai, i0 + 3 * m);
            DoubleVector s02r = a0r.add(a2r);
            DoubleVector s02i = a0i.add(a2i);
            DoubleVector d02r = a0r.sub(a2r);
            DoubleVector d02i = a0i.sub(a2i);
            DoubleVector s13r = a1r.add(a3r);
            DoubleVector s13i = a1i.add(a3i);
            DoubleVector d13r = a1r.sub(a3r);
            DoubleVector d13i = a1i.sub(a3i);
            DoubleVector b0r = s02r.add(s13r);
            DoubleVector b0i = s02i.add(s13i);
            DoubleVector b1r = d02r.add(d13i);
            DoubleVector b1i = d02i.sub(d13r);
            DoubleVector b2r = s02r.sub(s13r);
            DoubleVector b2i = s02i.sub(s13i);
            DoubleVector b3r = d02r.sub(d13i);
            DoubleVector b3i = d02i.add(d13r);
            DoubleVector w1r = DoubleVector.fromArray(SP, tr, j);
            DoubleVector w1i = DoubleVector.fromArray(SP, ti, j);
            DoubleVector w2r = DoubleVector.fromArray(SP, tr, m + j);
            DoubleVector w2i = DoubleVector.fromArray(SP, ti, m + j);
            DoubleVector w3r = DoubleVector.fromArray(SP, tr, 2 * m + j);
            DoubleVector w3i = DoubleVector.fromArray(SP, ti, 2 * m + j);
            DoubleVector c1r = b1r.fma(w1r, b1i.neg().mul(w1i));
            DoubleVector c1i = b1r.fma(w1i, b1i.mul(w1r));
            DoubleVector c2r = b2r.fma(w2r, b2i.neg().mul(w2i));
            DoubleVector c2i = b2r.fma(w2i, b2i.mul(w2r));
            DoubleVector c3r = b3r.fma(w3r, b3i.neg().mul(w3i));
            DoubleVector c3i = b3r.fma(w3i, b3i.mul(w3r));
            b0r.intoArray(ar, i0);
            b0i.intoArray(ai, i0);
            c1r.intoArray(ar, i0 + m);
            c1i.intoArray(ai, i0 + m);
            c2r.intoArray(ar, i0 + 2 * m);
            c2i.intoArray(ai, i0 + 2 * m);
            c3r.intoArray(ar, i0 + 3 * m);
            c3i.intoArray(ai, i0 + 3 * m);
        }
    }

    /** The butterflies of full ≤ j &lt; m, in place: {@link Radix4#first}'s operations. */
    private static void firstInPlaceTail(double[] ar, double[] ai, int ao, int m, int full,
                                         double[] tr, double[] ti) {
        for (int j = full; j < m; j++) {
            int i0 = ao + j;
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
            ar[i0] = s02r + s13r;
            ai[i0] = s02i + s13i;
            double b1r = d02r + d13i;
            double b1i = d02i - d13r;
            double b2r = s02r - s13r;
            double b2i = s02i - s13i;
            double b3r = d02r - d13i;
            double b3i = d02i + d13r;
            ar[i0 + m] = Math.fma(b1r, tr[j], -b1i * ti[j]);
            ai[i0 + m] = Math.fma(b1r, ti[j], b1i * tr[j]);
            ar[i0 + 2 * m] = Math.fma(b2r, tr[m + j], -b2i * ti[m + j]);
            ai[i0 + 2 * m] = Math.fma(b2r, ti[m + j], b2i * tr[m + j]);
            ar[i0 + 3 * m] = Math.fma(b3r, tr[2 * m + j], -b3i * ti[2 * m + j]);
            ai[i0 + 3 * m] = Math.fma(b3r, ti[2 * m + j], b3i * tr[2 * m + j]);
        }
    }

    /**
     * out[o + 4j + u] = c[co + u·m + j] for j &lt; m, u &lt; 4: per block of lanes, zip (c_0, c_2)
     * and (c_1, c_3), then those pairwise.
     */
    private static void interleave(double[] c, int co, double[] out, int o, int m) {
        int jLast = m - LANES;
        for (int j0 = 0; j0 < m; j0 += LANES) {
            int j = Math.min(j0, jLast);
            DoubleVector x0 = DoubleVector.fromArray(SP, c, co + j);
            DoubleVector x1 = DoubleVector.fromArray(SP, c, co + m + j);
            DoubleVector x2 = DoubleVector.fromArray(SP, c, co + 2 * m + j);
            DoubleVector x3 = DoubleVector.fromArray(SP, c, co + 3 * m + j);
            DoubleVector p = zip(x0, x2, ZIP_LO);
            DoubleVector q = zip(x0, x2, ZIP_HI);
            DoubleVector r = zip(x1, x3, ZIP_LO);
            DoubleVector t = zip(x1, x3, ZIP_HI);
            int o0 = o + 4 * j;
            zip(p, r, ZIP_LO).intoArray(out, o0);
            zip(p, r, ZIP_HI).intoArray(out, o0 + LANES);
            zip(q, t, ZIP_LO).intoArray(out, o0 + 2 * LANES);
            zip(q, t, ZIP_HI).intoArray(out, o0 + 3 * LANES);
        }
    }

    /** Lanes from half h of x and y alternately: x[h], y[h], x[h + 1], y[h + 1], … */
    private static DoubleVector zip(DoubleVector x, DoubleVector y, VectorShuffle<Double> half) {
        return x.rearrange(half).blend(y.rearrange(half), ODD);
    }

    /** The shuffle that spreads lanes h, h + 1, … to lanes (0, 1), (2, 3), …. */
    private static VectorShuffle<Double> zip(int h) {
        return VectorShuffle.fromOp(SP, i -> h + i / 2);
    }
}
