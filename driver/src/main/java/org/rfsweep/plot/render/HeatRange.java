package org.rfsweep.plot.render;

import java.util.List;

/**
 * Fixes an XChart heatmap's colour range. XChart takes the range from the heat data's min and max
 * and skips, when drawing, entries whose column index lies outside the x data
 * (PlotContent_HeatMap); two such entries holding lo and hi therefore pin the range without
 * drawing anything. Used for a symmetric weight scale (white = 0) and for fractions in [0, 1].
 */
final class HeatRange {
    private HeatRange() {
    }

    /** @param nx the number of columns drawn; modifies {@code heat} */
    static void pin(List<Number[]> heat, int nx, double lo, double hi) {
        heat.add(new Number[] {nx, 0, lo});
        heat.add(new Number[] {nx, 0, hi});
    }
}
