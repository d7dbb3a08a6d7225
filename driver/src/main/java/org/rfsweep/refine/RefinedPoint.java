package org.rfsweep.refine;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One value added by {@code refine} to a sweep: {@code axis = value} at the grid points whose other
 * swept parameters (seed excluded) have the values {@code at} (table columns to canonical text, see
 * {@link GridPointKey}). It stands for one new trial per seed of those grid points.
 */
public record RefinedPoint(String axis, double value, SortedMap<String, String> at) {
    public RefinedPoint {
        at = Collections.unmodifiableSortedMap(new TreeMap<>(at));
    }
}
