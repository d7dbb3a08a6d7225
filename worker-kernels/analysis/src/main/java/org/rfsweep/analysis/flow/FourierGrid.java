package org.rfsweep.analysis.flow;

/** Phases of the DFT on the periodic 1-D or 2-D grid of {@code size} pixels per side. */
final class FourierGrid {
    private FourierGrid() {
    }

    /**
     * (q·i) mod size: the phase of e^{−2πi q·i/size} in units of 2π/size, for mode q and pixel i
     * in pixel order (q1 i1 + q2 i2 in 2-D).
     */
    static int phaseIndex(int dim, int size, int q, int i) {
        if (dim == 1) {
            return (int) ((long) q * i % size);
        }
        long p = (long) (q / size) * (i / size) + (long) (q % size) * (i % size);
        return (int) (p % size);
    }
}
