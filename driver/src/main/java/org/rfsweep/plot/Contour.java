package org.rfsweep.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * The level set {v = level} of values on a grid, as line segments in index coordinates.
 *
 * <p>{@link #marchingSquares}: Lorensen &amp; Cline's marching squares over the cells whose four
 * corners are grid points (a corner counts as inside when v &ge; level), the crossing on each edge
 * placed by linear interpolation in index space (so on a log-spaced axis, geometric interpolation
 * in the value), saddles resolved by the cell's mean. Cells with an undefined (NaN) corner are
 * skipped. {@link #rowCrossings}: for a categorical axis, where interpolating between categories
 * means nothing, the crossing along each row separately, drawn across the row's height.
 */
public final class Contour {
    private Contour() {
    }

    /** @param v values [row][column]; not modified */
    public static List<Segment> marchingSquares(double[][] v, double level) {
        List<Segment> out = new ArrayList<>();
        for (int j = 0; j + 1 < v.length; j++) {
            for (int i = 0; i + 1 < v[j].length; i++) {
                cell(v, level, i, j, out);
            }
        }
        return out;
    }

    private static void cell(double[][] v, double level, int i, int j, List<Segment> out) {
        double a = v[j][i];
        double b = v[j][i + 1];
        double c = v[j + 1][i + 1];
        double d = v[j + 1][i];
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(d)) {
            return;
        }
        int code = (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (c >= level ? 4 : 0) | (d >= level ? 8 : 0);
        double[] bottom = {i + t(a, b, level), j};
        double[] right = {i + 1, j + t(b, c, level)};
        double[] top = {i + t(d, c, level), j + 1};
        double[] left = {i, j + t(a, d, level)};
        boolean centreIn = (a + b + c + d) / 4 >= level;
        switch (code) {
            case 1, 14 -> add(out, left, bottom);
            case 2, 13 -> add(out, bottom, right);
            case 3, 12 -> add(out, left, right);
            case 4, 11 -> add(out, right, top);
            case 6, 9 -> add(out, bottom, top);
            case 7, 8 -> add(out, left, top);
            case 5 -> saddle(out, centreIn, new double[][] {bottom, right, left, top}, new double[][] {left, bottom, right, top});
            case 10 -> saddle(out, centreIn, new double[][] {left, bottom, right, top}, new double[][] {bottom, right, left, top});
            default -> {
                // 0 or 15: no crossing
            }
        }
    }

    /** Two segments: {@code ifIn} when the cell's centre is inside the level set, else {@code ifOut}. */
    private static void saddle(List<Segment> out, boolean centreIn, double[][] ifIn, double[][] ifOut) {
        double[][] p = centreIn ? ifIn : ifOut;
        add(out, p[0], p[1]);
        add(out, p[2], p[3]);
    }

    private static double t(double p, double q, double level) {
        return (level - p) / (q - p);
    }

    private static void add(List<Segment> out, double[] p, double[] q) {
        out.add(new Segment(p[0], p[1], q[0], q[1]));
    }

    /**
     * Per row j, each crossing of the level between neighbouring columns, interpolated linearly in
     * index, drawn as a vertical segment from j - 0.5 to j + 0.5.
     */
    public static List<Segment> rowCrossings(double[][] v, double level) {
        List<Segment> out = new ArrayList<>();
        for (int j = 0; j < v.length; j++) {
            for (int i = 0; i + 1 < v[j].length; i++) {
                double a = v[j][i];
                double b = v[j][i + 1];
                if (!Double.isNaN(a) && !Double.isNaN(b) && (a >= level) != (b >= level)) {
                    double x = i + t(a, b, level);
                    out.add(new Segment(x, j - 0.5, x, j + 0.5));
                }
            }
        }
        return out;
    }

    /** The grid transposed, [column][row]. */
    public static double[][] transpose(double[][] v) {
        double[][] t = new double[v[0].length][v.length];
        for (int j = 0; j < v.length; j++) {
            for (int i = 0; i < v[j].length; i++) {
                t[i][j] = v[j][i];
            }
        }
        return t;
    }
}
