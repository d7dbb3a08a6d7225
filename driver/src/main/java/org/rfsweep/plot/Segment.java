package org.rfsweep.plot;

/**
 * A straight piece of a boundary in grid-index coordinates: x = 0, 1, ... are the centres of the
 * columns (the x axis values in order), y likewise for the rows.
 */
public record Segment(double x0, double y0, double x1, double y1) {
}
