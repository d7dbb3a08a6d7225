package org.rfsweep.metrics;

/**
 * Shape metrics of one neuron's weight vector w (SCIENCE.md §4), per axis in 2-D.
 *
 * <ul>
 * <li><b>centre</b>: the mean position of the profile p_i = w_i² / Σ w² marginalised onto the
 * axis; with periodic boundaries the circular mean arg(Σ_j p_j e^{2πi j/size}) · size/(2π) in
 * [0, size) (NaN when the resultant vanishes, e.g. a flat profile), with open boundaries the
 * plain mean Σ_j j p_j.</li>
 * <li><b>width</b>: the full width at half maximum of |w| along the axis, on the line through the
 * peak (the pixel of largest |w|): from the peak outwards to the first pixel below half the peak
 * on each side, the crossing linearly interpolated between pixel centres; a pixel spans ±½, so a
 * one-hot vector has width 1. A profile that never drops below half has width size; with open
 * boundaries a side that reaches the edge ends half a pixel beyond the last pixel.</li>
 * <li><b>peak mass</b>: the share of Σ w² in the window of pixels within ±2ξ0 of the peak on
 * every axis (a square window in 2-D).</li>
 * </ul>
 *
 * @param peak     index of the pixel of largest |w| (the first one on ties)
 * @param centre   per axis, in pixels
 * @param width    per axis, in pixels
 * @param peakMass in [0, 1]
 */
public record ReceptiveField(int peak, double[] centre, double[] width, double peakMass) {

    /**
     * Measures {@code w[off .. off + N)}.
     *
     * @param w       weights. Not modified.
     * @param lattice pixel geometry
     * @param xi0     correlation length of class 0 (the peak-mass window is ±2ξ0)
     */
    public static ReceptiveField of(double[] w, int off, Lattice lattice, double xi0) {
        int peak = peak(w, off, lattice.pixels());
        double[] centre = new double[lattice.dim()];
        double[] width = new double[lattice.dim()];
        for (int axis = 0; axis < lattice.dim(); axis++) {
            centre[axis] = centre(w, off, lattice, axis);
            width[axis] = width(w, off, lattice, axis, peak);
        }
        return new ReceptiveField(peak, centre, width, peakMass(w, off, lattice, peak, 2 * xi0));
    }

    static int peak(double[] w, int off, int n) {
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (Math.abs(w[off + i]) > Math.abs(w[off + best])) {
                best = i;
            }
        }
        return best;
    }

    static double centre(double[] w, int off, Lattice lattice, int axis) {
        int size = lattice.size();
        double[] profile = new double[size];
        for (int p = 0; p < lattice.pixels(); p++) {
            profile[lattice.coordinate(p, axis)] += w[off + p] * w[off + p];
        }
        CompensatedSum total = new CompensatedSum();
        CompensatedSum re = new CompensatedSum();
        CompensatedSum im = new CompensatedSum();
        for (int j = 0; j < size; j++) {
            total.add(profile[j]);
            if (lattice.periodic()) {
                double angle = 2 * Math.PI * j / size;
                re.add(profile[j] * Math.cos(angle));
                im.add(profile[j] * Math.sin(angle));
            } else {
                re.add(profile[j] * j);
            }
        }
        if (!lattice.periodic()) {
            return re.value() / total.value();
        }
        double x = re.value();
        double y = im.value();
        if (Math.hypot(x, y) <= 1e-12 * total.value()) {
            return Double.NaN;
        }
        double c = Math.atan2(y, x) * size / (2 * Math.PI);
        return c < 0 ? c + size : c;
    }

    static double width(double[] w, int off, Lattice lattice, int axis, int peak) {
        int size = lattice.size();
        double[] line = new double[size];
        for (int j = 0; j < size; j++) {
            line[j] = Math.abs(w[off + lattice.withCoordinate(peak, axis, j)]);
        }
        int m = lattice.coordinate(peak, axis);
        if (!(line[m] > 0)) {
            return Double.NaN;
        }
        double half = 0.5 * line[m];
        double width = halfCrossing(line, m, +1, half, lattice.periodic())
                + halfCrossing(line, m, -1, half, lattice.periodic());
        return Math.min(width, size);
    }

    /** Distance from pixel m to the half-maximum crossing in direction {@code dir}; size if none. */
    private static double halfCrossing(double[] line, int m, int dir, double half, boolean periodic) {
        int size = line.length;
        int j = m;
        for (int steps = 0; steps < size; steps++) {
            int next = j + dir;
            if (next < 0 || next >= size) {
                if (!periodic) {
                    return steps + 0.5;
                }
                next = Math.floorMod(next, size);
            }
            if (line[next] < half) {
                return steps + (line[j] - half) / (line[j] - line[next]);
            }
            j = next;
        }
        return size;
    }

    static double peakMass(double[] w, int off, Lattice lattice, int peak, double radius) {
        CompensatedSum inside = new CompensatedSum();
        CompensatedSum total = new CompensatedSum();
        for (int p = 0; p < lattice.pixels(); p++) {
            double q = w[off + p] * w[off + p];
            total.add(q);
            if (within(lattice, p, peak, radius)) {
                inside.add(q);
            }
        }
        return total.value() > 0 ? inside.value() / total.value() : Double.NaN;
    }

    private static boolean within(Lattice lattice, int p, int peak, double radius) {
        for (int axis = 0; axis < lattice.dim(); axis++) {
            if (lattice.axisDistance(lattice.coordinate(p, axis), lattice.coordinate(peak, axis)) > radius) {
                return false;
            }
        }
        return true;
    }
}
