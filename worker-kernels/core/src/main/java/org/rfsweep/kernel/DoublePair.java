package org.rfsweep.kernel;

import java.io.Serializable;

/**
 * An immutable pair of doubles, e.g. the correlation lengths (ξ0, ξ1) of the two classes.
 *
 * @param first  the value for class 0
 * @param second the value for class 1
 */
public record DoublePair(double first, double second) implements Serializable {

    /** The value for class {@code m} (0 or 1). */
    public double get(int m) {
        if (m == 0) {
            return first;
        }
        if (m == 1) {
            return second;
        }
        throw new IndexOutOfBoundsException("pair index must be 0 or 1: " + m);
    }
}
