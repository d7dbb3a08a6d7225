package org.rfsweep.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector twins of {@link Radix5#strideInner} and {@link Radix5#last} along q (s ≥ lanes; used
 * only when {@link Simd#ENABLED}), lane by lane the scalar operations in the scalar order, so
 * bit-identical to {@link Radix5} for any vector width. A run that is not a multiple of the lanes
 * ends with an overlapping vector, as in {@link Radix4Vector}.
 */
final class Radix5Vector {
    private static final double C1 = Math.cos(2 * Math.PI / 5);
    private static final double C2 = Math.cos(4 * Math.PI / 5);
    private static final double S1 = Math.sin(2 * Math.PI / 5);
    private static final double S2 = Math.sin(4 * Math.PI / 5);

    /** The species of every kernel here: a constant, so that C2 compiles the operations to instructions. */
    private static final VectorSpecies<Double> SP = VectorShapes.DOUBLES;
    private static final int LANES = SP.length();

    private Radix5Vector() {
    }

    static void strideInner(double[] ar, double[] ai, int ao,
                            double[] br, double[] bi, int bo, int s, int m, double[] wr, double[] wi) {
        int lanes = LANES;
        int ms = m * s;
        int qLast = s - lanes;
        DoubleVector c1 = DoubleVector.broadcast(SP, C1);
        DoubleVector c2 = DoubleVector.broadcast(SP, C2);
        DoubleVector s1 = DoubleVector.broadcast(SP, S1);
        DoubleVector s2 = DoubleVector.broadcast(SP, S2);
        DoubleVector minusS1 = DoubleVector.broadcast(SP, -S1);
        for (int j = 0; j < m; j++) {
            int in = ao + s * j;
            int out = bo + 5 * s * j;
            int w = 4 * j;
            DoubleVector w1r = DoubleVector.broadcast(SP, wr[w]);
            DoubleVector w1i = DoubleVector.broadcast(SP, wi[w]);
            DoubleVector w2r = DoubleVector.broadcast(SP, wr[w + 1]);
            DoubleVector w2i = DoubleVector.broadcast(SP, wi[w + 1]);
            DoubleVector w3r = DoubleVector.broadcast(SP, wr[w + 2]);
            DoubleVector w3i = DoubleVector.broadcast(SP, wi[w + 2]);
            DoubleVector w4r = DoubleVector.broadcast(SP, wr[w + 3]);
            DoubleVector w4i = DoubleVector.broadcast(SP, wi[w + 3]);
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
                DoubleVector a4r = DoubleVector.fromArray(SP, ar, i0 + 4 * ms);
                DoubleVector a4i = DoubleVector.fromArray(SP, ai, i0 + 4 * ms);
                DoubleVector t1r = a1r.add(a4r);
                DoubleVector t1i = a1i.add(a4i);
                DoubleVector t2r = a2r.add(a3r);
                DoubleVector t2i = a2i.add(a3i);
                DoubleVector d1r = a1r.sub(a4r);
                DoubleVector d1i = a1i.sub(a4i);
                DoubleVector d2r = a2r.sub(a3r);
                DoubleVector d2i = a2i.sub(a3i);
                DoubleVector m1r = c2.fma(t2r, c1.fma(t1r, a0r));
                DoubleVector m1i = c2.fma(t2i, c1.fma(t1i, a0i));
                DoubleVector m2r = c1.fma(t2r, c2.fma(t1r, a0r));
                DoubleVector m2i = c1.fma(t2i, c2.fma(t1i, a0i));
                DoubleVector n1r = s1.fma(d1r, s2.mul(d2r));
                DoubleVector n1i = s1.fma(d1i, s2.mul(d2i));
                DoubleVector n2r = s2.fma(d1r, minusS1.mul(d2r));
                DoubleVector n2i = s2.fma(d1i, minusS1.mul(d2i));
                a0r.add(t1r).add(t2r).intoArray(br, o0);
                a0i.add(t1i).add(t2i).intoArray(bi, o0);
                DoubleVector x1r = m1r.add(n1i);
                DoubleVector x1i = m1i.sub(n1r);
                x1r.fma(w1r, x1i.neg().mul(w1i)).intoArray(br, o0 + s);
                x1r.fma(w1i, x1i.mul(w1r)).intoArray(bi, o0 + s);
                DoubleVector x2r = m2r.add(n2i);
                DoubleVector x2i = m2i.sub(n2r);
                x2r.fma(w2r, x2i.neg().mul(w2i)).intoArray(br, o0 + 2 * s);
                x2r.fma(w2i, x2i.mul(w2r)).intoArray(bi, o0 + 2 * s);
                DoubleVector x3r = m2r.sub(n2i);
                DoubleVector x3i = m2i.add(n2r);
                x3r.fma(w3r, x3i.neg().mul(w3i)).intoArray(br, o0 + 3 * s);
                x3r.fma(w3i, x3i.mul(w3r)).intoArray(bi, o0 + 3 * s);
                DoubleVector x4r = m1r.sub(n1i);
                DoubleVector x4i = m1i.add(n1r);
                x4r.fma(w4r, x4i.neg().mul(w4i)).intoArray(br, o0 + 4 * s);
                x4r.fma(w4i, x4i.mul(w4r)).intoArray(bi, o0 + 4 * s);
            }
        }
    }

    /** The last stage (m = 1, twiddles 1), along q; needs s ≥ lanes. */
    static void last(double[] ar, double[] ai, int ao,
                     double[] br, double[] bi, int bo, int s) {
        int lanes = LANES;
        int qLast = s - lanes;
        DoubleVector c1 = DoubleVector.broadcast(SP, C1);
        DoubleVector c2 = DoubleVector.broadcast(SP, C2);
        DoubleVector s1 = DoubleVector.broadcast(SP, S1);
        DoubleVector s2 = DoubleVector.broadcast(SP, S2);
        DoubleVector minusS1 = DoubleVector.broadcast(SP, -S1);
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
            DoubleVector a4r = DoubleVector.fromArray(SP, ar, i0 + 4 * s);
            DoubleVector a4i = DoubleVector.fromArray(SP, ai, i0 + 4 * s);
            DoubleVector t1r = a1r.add(a4r);
            DoubleVector t1i = a1i.add(a4i);
            DoubleVector t2r = a2r.add(a3r);
            DoubleVector t2i = a2i.add(a3i);
            DoubleVector d1r = a1r.sub(a4r);
            DoubleVector d1i = a1i.sub(a4i);
            DoubleVector d2r = a2r.sub(a3r);
            DoubleVector d2i = a2i.sub(a3i);
            DoubleVector m1r = c2.fma(t2r, c1.fma(t1r, a0r));
            DoubleVector m1i = c2.fma(t2i, c1.fma(t1i, a0i));
            DoubleVector m2r = c1.fma(t2r, c2.fma(t1r, a0r));
            DoubleVector m2i = c1.fma(t2i, c2.fma(t1i, a0i));
            DoubleVector n1r = s1.fma(d1r, s2.mul(d2r));
            DoubleVector n1i = s1.fma(d1i, s2.mul(d2i));
            DoubleVector n2r = s2.fma(d1r, minusS1.mul(d2r));
            DoubleVector n2i = s2.fma(d1i, minusS1.mul(d2i));
            int o0 = bo + q;
            a0r.add(t1r).add(t2r).intoArray(br, o0);
            a0i.add(t1i).add(t2i).intoArray(bi, o0);
            m1r.add(n1i).intoArray(br, o0 + s);
            m1i.sub(n1r).intoArray(bi, o0 + s);
            m2r.add(n2i).intoArray(br, o0 + 2 * s);
            m2i.sub(n2r).intoArray(bi, o0 + 2 * s);
            m2r.sub(n2i).intoArray(br, o0 + 3 * s);
            m2i.add(n2r).intoArray(bi, o0 + 3 * s);
            m1r.sub(n1i).intoArray(br, o0 + 4 * s);
            m1i.add(n1r).intoArray(bi, o0 + 4 * s);
        }
    }
}
