package org.rfsweep.plot;

import java.util.List;

/**
 * The numbers behind a phase diagram: a {@code phase} metric on the grid of two swept axes, one
 * panel per combination of the other swept axes, and the localisation boundary.
 *
 * @param metric   the phase column shown, e.g. {@code frac_localised}
 * @param metricTitle its title, from the kernel's declared titles
 * @param x        the horizontal axis
 * @param y        the vertical axis
 * @param boundaryMetric the column whose level set is the boundary ({@code frac_localised}), or null if absent
 * @param level    the boundary level
 * @param panels   one per value combination of the other swept axes (one panel if there are none)
 */
public record PhaseFigureData(String metric, String metricTitle, SweptAxis x, SweptAxis y, String boundaryMetric, double level,
                              List<Panel> panels) {
    public PhaseFigureData {
        panels = List.copyOf(panels);
    }

    /**
     * @param label    the other axes' values, e.g. {@code width=8, time=1000}; empty for a single panel
     * @param values   the metric [y index][x index]; NaN where the grid has no point or the metric is null
     * @param boundary the boundary segments in index coordinates (see {@link Segment})
     */
    public record Panel(String label, double[][] values, List<Segment> boundary) {
        public Panel {
            boundary = List.copyOf(boundary);
        }
    }
}
