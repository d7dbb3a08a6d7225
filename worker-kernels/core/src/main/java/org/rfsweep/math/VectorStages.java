package org.rfsweep.math;

/**
 * Runs one {@link MixedRadixTransform} stage on the vector kernels ({@link Radix4Vector},
 * {@link Radix5Vector}, {@link ButterfliesVector}). The plan decides which stages qualify; it calls
 * them only through this class, so the plan itself never names a vector type and loads on JVMs
 * without the Vector API.
 */
final class VectorStages {
    private VectorStages() {
    }

    /**
     * One stage of radix p by the vector kernel of the given kind (see
     * {@link MixedRadixTransform#ALONG_Q} and its siblings). {@code vr, vi}: the twiddles
     * rearranged for that kind.
     */
    static void stage(int kind, int p, double[] ar, double[] ai, int ao, double[] br, double[] bi, int bo,
                      int s, int m, double[] wr, double[] wi, double[] vr, double[] vi) {
        if (kind == MixedRadixTransform.FIRST_ALONG_J) {
            Radix4Vector.first(ar, ai, ao, br, bi, bo, m, vr, vi);
            return;
        }
        if (kind == MixedRadixTransform.HALF_VECTOR_RUNS) {
            Radix4Vector.halfStride(ar, ai, ao, br, bi, bo, m, vr, vi);
            return;
        }
        switch (p) {
            case 4 -> {
                if (m == 1) {
                    Radix4Vector.last(ar, ai, ao, br, bi, bo, s);
                } else {
                    Radix4Vector.strideInner(ar, ai, ao, br, bi, bo, s, m, wr, wi);
                }
            }
            case 5 -> {
                if (m == 1) {
                    Radix5Vector.last(ar, ai, ao, br, bi, bo, s);
                } else {
                    Radix5Vector.strideInner(ar, ai, ao, br, bi, bo, s, m, wr, wi);
                }
            }
            case 2 -> ButterfliesVector.radix2(ar, ai, ao, br, bi, bo, s, m, wr, wi);
            case 3 -> ButterfliesVector.radix3(ar, ai, ao, br, bi, bo, s, m, wr, wi);
            default -> throw new IllegalStateException("no vector kernel for radix " + p);
        }
    }
}
