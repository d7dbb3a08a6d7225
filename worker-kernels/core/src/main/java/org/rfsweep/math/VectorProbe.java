package org.rfsweep.math;

import jdk.incubator.vector.DoubleVector;

/** Asks the Vector API for the CPU's preferred shape; touched by {@link Simd} only once it knows the module is there. */
final class VectorProbe {
    private VectorProbe() {
    }

    static int preferredDoubleLanes() {
        return DoubleVector.SPECIES_PREFERRED.length();
    }
}
