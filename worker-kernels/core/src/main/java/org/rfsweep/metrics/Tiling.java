package org.rfsweep.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * How evenly the localised receptive fields cover the input (SCIENCE.md §4, "Tiling").
 *
 * <ul>
 * <li><b>max gap</b>, 1-D: the largest gap between neighbouring centres divided by the ideal
 * spacing size/n (n localised neurons). On the ring the gap from the last centre back to the first
 * counts; on a segment each end's margin (from the outer edge of the first or last pixel) counts
 * twice, since a centre covers both sides. Evenly spaced centres give 1; one field gives 1 on
 * the ring.<br>
 * 2-D: the covering radius R = max over pixels of the (torus or plain) Euclidean distance to the
 * nearest centre, divided by the covering radius of a perfect square lattice of n centres,
 * size / √(2n) (≈ 1 for an even square lattice, up to pixel effects).</li>
 * <li><b>coverage</b>: the fraction of pixels within half a width of at least one centre on every
 * axis (a rectangle of width × height in 2-D).</li>
 * </ul>
 * Both are NaN without localised neurons.
 *
 * @param maxGap   relative largest gap (≥ 1 up to pixel effects; 1 = even tiling)
 * @param coverage fraction of pixels covered, in [0, 1]
 */
public record Tiling(double maxGap, double coverage) {

    /**
     * @param centres per localised neuron, its centre per axis. Not modified.
     * @param widths  per localised neuron, its width per axis. Not modified.
     */
    public static Tiling of(List<double[]> centres, List<double[]> widths, Lattice lattice) {
        if (centres.isEmpty()) {
            return new Tiling(Double.NaN, Double.NaN);
        }
        double gap = lattice.dim() == 1 ? gap1d(centres, lattice) : gap2d(centres, lattice);
        return new Tiling(gap, coverage(centres, widths, lattice));
    }

    static double gap1d(List<double[]> centres, Lattice lattice) {
        int n = centres.size();
        double size = lattice.size();
        double[] c = new double[n];
        for (int j = 0; j < n; j++) {
            c[j] = centres.get(j)[0];
        }
        Arrays.sort(c);
        double max = lattice.periodic() ? c[0] + size - c[n - 1] : 2 * Math.max(c[0] + 0.5, size - 0.5 - c[n - 1]);
        for (int j = 1; j < n; j++) {
            max = Math.max(max, c[j] - c[j - 1]);
        }
        return max / (size / n);
    }

    static double gap2d(List<double[]> centres, Lattice lattice) {
        double radius = 0;
        for (int p = 0; p < lattice.pixels(); p++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (double[] c : centres) {
                double dr = lattice.axisDistance(lattice.coordinate(p, 0), c[0]);
                double dc = lattice.axisDistance(lattice.coordinate(p, 1), c[1]);
                nearest = Math.min(nearest, Math.hypot(dr, dc));
            }
            radius = Math.max(radius, nearest);
        }
        return radius / (lattice.size() / Math.sqrt(2.0 * centres.size()));
    }

    static double coverage(List<double[]> centres, List<double[]> widths, Lattice lattice) {
        int covered = 0;
        for (int p = 0; p < lattice.pixels(); p++) {
            if (coveredByAny(p, centres, widths, lattice)) {
                covered++;
            }
        }
        return (double) covered / lattice.pixels();
    }

    private static boolean coveredByAny(int p, List<double[]> centres, List<double[]> widths, Lattice lattice) {
        for (int j = 0; j < centres.size(); j++) {
            boolean inside = true;
            for (int axis = 0; axis < lattice.dim() && inside; axis++) {
                double d = lattice.axisDistance(lattice.coordinate(p, axis), centres.get(j)[axis]);
                inside = d <= widths.get(j)[axis] / 2;
            }
            if (inside) {
                return true;
            }
        }
        return false;
    }
}
