package org.rfsweep.math;

import java.util.Locale;

/**
 * Whether the hot loops (the FFT's radix stages, the forward dot products and the first-layer
 * update) run on the JDK's incubating Vector API or on their scalar twins. Both paths give
 * <em>bit-identical</em> results: every vector kernel does, lane by lane, exactly the
 * floating-point operations of its scalar twin in the same order, and reductions follow one fixed
 * order that does not depend on the vector width. So a trial's result never depends on the JVM
 * flags or the CPU an executor happens to have; only its speed does.
 *
 * <p>The vector path is taken when all of these hold:
 * <ul>
 *   <li>the JVM was started with {@code --add-modules jdk.incubator.vector} (Spark 4 adds it to
 *       every driver and executor it launches; the {@code ./rfsweep} launcher and the test JVMs
 *       add it too);</li>
 *   <li>the system property {@code rfsweep.simd} is not {@code false} (a switch for comparing the
 *       two paths);</li>
 *   <li>the CPU's preferred vector holds at least 4 doubles (AVX2, AVX-512, 256-bit SVE); 2-lane
 *       vectors (SSE, NEON) do not beat the scalar loops.</li>
 * </ul>
 * The decision is made once, when this class initialises. Classes that use vector types are only
 * ever loaded behind a check of {@link #ENABLED}, so a JVM without the module never sees them.
 */
public final class Simd {
    /** The module that holds the Vector API. */
    static final String MODULE = "jdk.incubator.vector";
    /** The system property that can switch the vector path off. */
    public static final String PROPERTY = "rfsweep.simd";
    /**
     * The system property that caps the vector width in bits (256 makes an AVX-512 machine run
     * the 4-lane kernels, which is how the tests cover them).
     */
    public static final String BITS_PROPERTY = "rfsweep.simd.bits";

    /** Lanes of the vectors the kernels use: 8 or 4 doubles, or 0 on the scalar path. */
    static final int LANES = detectLanes();
    /** True when the vector kernels run (see the class comment). */
    public static final boolean ENABLED = LANES > 0;

    private Simd() {
    }

    /** One line for logs: which path runs, and why. */
    public static String describe() {
        if (ENABLED) {
            return String.format(Locale.ROOT, "vector (%d-bit, %d doubles per vector)", LANES * 64, LANES);
        }
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY))) {
            return "scalar (-D" + PROPERTY + "=false)";
        }
        if (!modulePresent()) {
            return "scalar (" + MODULE + " not added to this JVM)";
        }
        return "scalar (vectors of fewer than 4 doubles: the CPU's, or capped by -D" + BITS_PROPERTY + ")";
    }

    private static int detectLanes() {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY)) || !modulePresent()) {
            return 0;
        }
        try {
            int lanes = Math.min(VectorProbe.preferredDoubleLanes(), Integer.getInteger(BITS_PROPERTY, 512) / 64);
            return lanes >= 8 ? 8 : lanes >= 4 ? 4 : 0;
        } catch (LinkageError e) {
            return 0; // module listed but unusable: stay scalar rather than fail a trial
        }
    }

    private static boolean modulePresent() {
        return ModuleLayer.boot().findModule(MODULE).isPresent();
    }
}
