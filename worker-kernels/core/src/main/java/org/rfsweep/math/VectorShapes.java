package org.rfsweep.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector species the kernels use: 512-bit vectors where the CPU prefers them, else 256-bit
 * (see {@link Simd}). Loaded only when {@link Simd#ENABLED}, or by {@link Simd} to find out.
 */
final class VectorShapes {
    /** The species of every vector kernel: {@link Simd#LANES} doubles. */
    static final VectorSpecies<Double> DOUBLES =
            preferredDoubleLanes() >= 8 ? DoubleVector.SPECIES_512 : DoubleVector.SPECIES_256;

    /** Caps the lanes (see {@link #preferredDoubleLanes()}). */
    static final String MAX_LANES_PROPERTY = "rfsweep.simd.lanes";

    private VectorShapes() {
    }

    /**
     * Doubles per vector in the CPU's preferred shape (independent of {@link Simd}'s state), at
     * most the system property {@value #MAX_LANES_PROPERTY} when set: {@code 4} runs the 256-bit
     * kernels on an AVX-512 machine, so tests can check both widths.
     */
    static int preferredDoubleLanes() {
        return Math.min(DoubleVector.SPECIES_PREFERRED.length(), Integer.getInteger(MAX_LANES_PROPERTY, 64));
    }
}
