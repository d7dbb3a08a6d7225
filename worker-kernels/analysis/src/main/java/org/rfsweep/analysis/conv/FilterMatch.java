package org.rfsweep.analysis.conv;

import java.util.List;
import org.rfsweep.metrics.Lattice;

/**
 * The best normalised cross-correlation of a filter with a receptive field over circular shifts
 * and sign (SCIENCE.md §5): with the filter zero-padded to N as u,
 *
 * <pre>
 *   NCC(u, w) = max_{shift} |Σ_i u_i w_{(i + shift) mod N}| / (‖u‖ ‖w‖)   ∈ [0, 1]
 * </pre>
 *
 * It is the cosine similarity of the filter with the best-aligned copy of the field, 1 exactly
 * when the field is a shifted, possibly sign-flipped copy of the padded filter. The vectors are
 * not mean-centred: a receptive field's mean is part of its shape, and centring a zero-padded
 * filter would smear its padding. The sign is free because erf is odd: (w, b) and (−w, −b) give the
 * same features up to the readout's sign.
 */
public final class FilterMatch {
    private FilterMatch() {
    }

    /**
     * @param u the padded filter, N values. Not modified.
     * @param w the field, N values. Not modified.
     * @return the best |NCC| over the N circular shifts; NaN if either vector is zero
     */
    public static double best(double[] u, double[] w) {
        return bestShift(u, w)[1];
    }

    /**
     * The best shift and its |NCC|: {shift, ncc}, shift in [0, N) such that u_i best matches
     * w_{(i + shift) mod N}.
     */
    public static double[] bestShift(double[] u, double[] w) {
        int n = u.length;
        if (w.length != n) {
            throw new IllegalArgumentException("lengths differ: " + n + " vs " + w.length);
        }
        double norm = Math.sqrt(dot(u, u) * dot(w, w));
        if (!(norm > 0)) {
            return new double[] {0, Double.NaN};
        }
        int bestShift = 0;
        double best = -1;
        for (int shift = 0; shift < n; shift++) {
            double c = 0;
            for (int i = 0; i < n; i++) {
                int idx = i + shift;
                c += u[i] * w[idx < n ? idx : idx - n];
            }
            if (Math.abs(c) > best) {
                best = Math.abs(c);
                bestShift = shift;
            }
        }
        return new double[] {bestShift, best / norm};
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /**
     * For each filter, the best |NCC| over all the given fields; NaN for every filter when there is
     * no field.
     *
     * @param filters padded filters. Not modified.
     * @param fields  receptive fields, each N values. Not modified.
     */
    public static double[] bestPerFilter(double[][] filters, List<double[]> fields) {
        double[] out = new double[filters.length];
        for (int f = 0; f < filters.length; f++) {
            double best = Double.NaN;
            for (double[] w : fields) {
                double c = best(filters[f], w);
                if (Double.isNaN(best) || c > best) {
                    best = c;
                }
            }
            out[f] = best;
        }
        return out;
    }

    /**
     * The best |NCC| over the translations of the lattice: the N circular shifts in 1-D (exactly
     * {@link #best(double[], double[])}), the size² torus translations (Δr, Δc) in 2-D, where u_(r,c)
     * is matched with w_((r + Δr) mod size, (c + Δc) mod size).
     *
     * @param u N values. Not modified.
     * @param w N values. Not modified.
     */
    public static double best(double[] u, double[] w, Lattice lattice) {
        if (lattice.dim() == 1) {
            return best(u, w);
        }
        int size = lattice.size();
        double norm = Math.sqrt(dot(u, u) * dot(w, w));
        if (!(norm > 0)) {
            return Double.NaN;
        }
        double best = 0;
        for (int dr = 0; dr < size; dr++) {
            for (int dc = 0; dc < size; dc++) {
                best = Math.max(best, Math.abs(shiftedDot(u, w, size, dr, dc)));
            }
        }
        return best / norm;
    }

    private static double shiftedDot(double[] u, double[] w, int size, int dr, int dc) {
        double c = 0;
        for (int r = 0; r < size; r++) {
            int wr = (r + dr) % size * size;
            for (int col = 0; col < size; col++) {
                c += u[r * size + col] * w[wr + (col + dc) % size];
            }
        }
        return c;
    }

    /** {@link #bestPerFilter(double[][], List)} with the translations of {@code lattice}. */
    public static double[] bestPerFilter(double[][] filters, List<double[]> fields, Lattice lattice) {
        if (lattice.dim() == 1) {
            return bestPerFilter(filters, fields);
        }
        double[] out = new double[filters.length];
        for (int f = 0; f < filters.length; f++) {
            double best = Double.NaN;
            for (double[] w : fields) {
                double c = best(filters[f], w, lattice);
                if (Double.isNaN(best) || c > best) {
                    best = c;
                }
            }
            out[f] = best;
        }
        return out;
    }
}
