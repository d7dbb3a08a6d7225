package org.rfsweep.metrics;

/**
 * The pixel geometry of the inputs: {@code dim} = 1 (a ring or segment of {@code size} pixels) or
 * 2 (a torus or square of size×size pixels, row-major: pixel (r, c) is index r·size + c; axis 0 is
 * the row r, axis 1 the column c).
 *
 * @param dim      1 or 2
 * @param size     pixels per side
 * @param periodic ring/torus distances, else open boundaries
 */
public record Lattice(int dim, int size, boolean periodic) {

    public Lattice {
        if (dim != 1 && dim != 2) {
            throw new IllegalArgumentException("dim must be 1 or 2: " + dim);
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
    }

    /** N = size^dim. */
    public int pixels() {
        return dim == 1 ? size : size * size;
    }

    /** The coordinate of pixel {@code p} along {@code axis}. */
    public int coordinate(int p, int axis) {
        if (dim == 1) {
            return p;
        }
        return axis == 0 ? p / size : p % size;
    }

    /** The pixel with coordinate {@code c} along {@code axis} and the coordinates of {@code p} elsewhere. */
    public int withCoordinate(int p, int axis, int c) {
        if (dim == 1) {
            return c;
        }
        return axis == 0 ? c * size + p % size : (p / size) * size + c;
    }

    /** Distance between two (real) coordinates on one axis: |u − v|, or on the ring min(d, size − d). */
    public double axisDistance(double u, double v) {
        double d = Math.abs(u - v);
        return periodic ? Math.min(d, size - d) : d;
    }
}
