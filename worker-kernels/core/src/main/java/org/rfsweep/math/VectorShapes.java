package org.rfsweep.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector species of every vector kernel: {@link Simd#LANES} doubles. Kernels read it into a
 * {@code static final} field of their own: the Vector API compiles to vector instructions only
 * where C2 sees the species as a constant, and a species passed as a method argument to a method
 * that is not inlined boxes every operation (measured 6× slower than scalar). Loaded only when
 * {@link Simd#ENABLED}.
 */
final class VectorShapes {
    static final VectorSpecies<Double> DOUBLES = Simd.LANES == 8 ? DoubleVector.SPECIES_512 : DoubleVector.SPECIES_256;

    private VectorShapes() {
    }
}
