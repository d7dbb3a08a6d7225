package org.rfsweep.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector twins of {@link Butterflies#radix2} and {@link Butterflies#radix3} along q (s ≥ lanes;
 * used only when {@link Simd#ENABLED}), lane by lane the scalar operations in the scalar order, so
 * bit-identical for any vector width. A run that is not a multiple of the lanes ends with an
 * overlapping vector, as in {@link Radix4Vector}.
 */
final class ButterfliesVector {
    private static final double SIN_60 = Math.sqrt(3) / 2;

    /** The species of every kernel here: a constant, so that C2 compiles the operations to instructions. */
    private static final VectorSpecies<Double> SP = VectorShapes.DOUBLES;
    private static final int LANES = SP.length();

    private ButterfliesVector() {
    }

    static void radix2(double[] ar, double[] ai, int ao,
                       double[] br, double[] bi, int bo, int s, int m, double[] wr, double[] wi) {
        int lanes = LANES;
        int ms = m * s;
        int qLast = s - lanes;
        for (int j = 0; j < m; j++) {
            DoubleVector w1r = DoubleVector.broadcast(SP, wr[j]);
            DoubleVector w1i = DoubleVector.broadcast(SP, wi[j]);
            int in = ao + s * j;
            int out = bo + 2 * s * j;
            for (int q0 = 0; q0 < s; q0 += lanes) {
                int q = Math.min(q0, qLast);
                int i0 = in + q;
                DoubleVector a0r = DoubleVector.fromArray(SP, ar, i0);
                DoubleVector a0i = DoubleVector.fromArray(SP, ai, i0);
                DoubleVector a1r = DoubleVector.fromArray(SP, ar, i0 + ms);
                DoubleVector a1i = DoubleVector.fromArray(SP, ai, i0 + ms);
                int o0 = out + q;
                a0r.add(a1r).intoArray(br, o0);
                a0i.add(a1i).intoArray(bi, o0);
                DoubleVector dr = a0r.sub(a1r);
                DoubleVector di = a0i.sub(a1i);
                dr.mul(w1r).sub(di.mul(w1i)).intoArray(br, o0 + s);
                dr.mul(w1i).add(di.mul(w1r)).intoArray(bi, o0 + s);
            }
        }
    }

    static void radix3(double[] ar, double[] ai, int ao,
                       double[] br, double[] bi, int bo, int s, int m, double[] wr, double[] wi) {
        int lanes = LANES;
        int ms = m * s;
        int qLast = s - lanes;
        DoubleVector sin60 = DoubleVector.broadcast(SP, SIN_60);
        DoubleVector half = DoubleVector.broadcast(SP, 0.5);
        for (int j = 0; j < m; j++) {
            DoubleVector w1r = DoubleVector.broadcast(SP, wr[2 * j]);
            DoubleVector w1i = DoubleVector.broadcast(SP, wi[2 * j]);
            DoubleVector w2r = DoubleVector.broadcast(SP, wr[2 * j + 1]);
            DoubleVector w2i = DoubleVector.broadcast(SP, wi[2 * j + 1]);
            int in = ao + s * j;
            int out = bo + 3 * s * j;
            for (int q0 = 0; q0 < s; q0 += lanes) {
                int q = Math.min(q0, qLast);
                int i0 = in + q;
                DoubleVector a0r = DoubleVector.fromArray(SP, ar, i0);
                DoubleVector a0i = DoubleVector.fromArray(SP, ai, i0);
                DoubleVector a1r = DoubleVector.fromArray(SP, ar, i0 + ms);
                DoubleVector a1i = DoubleVector.fromArray(SP, ai, i0 + ms);
                DoubleVector a2r = DoubleVector.fromArray(SP, ar, i0 + 2 * ms);
                DoubleVector a2i = DoubleVector.fromArray(SP, ai, i0 + 2 * ms);
                DoubleVector tr = a1r.add(a2r);
                DoubleVector ti = a1i.add(a2i);
                DoubleVector dr = sin60.mul(a1r.sub(a2r));
                DoubleVector di = sin60.mul(a1i.sub(a2i));
                DoubleVector mr = a0r.sub(half.mul(tr));
                DoubleVector mi = a0i.sub(half.mul(ti));
                int o0 = out + q;
                a0r.add(tr).intoArray(br, o0);
                a0i.add(ti).intoArray(bi, o0);
                DoubleVector b1r = mr.add(di);
                DoubleVector b1i = mi.sub(dr);
                DoubleVector b2r = mr.sub(di);
                DoubleVector b2i = mi.add(dr);
                b1r.mul(w1r).sub(b1i.mul(w1i)).intoArray(br, o0 + s);
                b1r.mul(w1i).add(b1i.mul(w1r)).intoArray(bi, o0 + s);
                b2r.mul(w2r).sub(b2i.mul(w2i)).intoArray(br, o0 + 2 * s);
                b2r.mul(w2i).add(b2i.mul(w2r)).intoArray(bi, o0 + 2 * s);
            }
        }
    }
}
