package org.rfsweep.refine;

import java.util.SortedMap;

/**
 * Two neighbouring values of the refined axis at one combination of the other parameters between
 * which the metric crosses the level: {@code (mLo < level) != (mHi < level)}.
 *
 * @param at             the other swept parameters (columns to canonical text)
 * @param lo             the smaller axis value
 * @param hi             the larger axis value
 * @param mLo            the metric at {@code lo}
 * @param mHi            the metric at {@code hi}
 * @param trialsPerPoint the trials (seeds) of the grid point at {@code lo}: the cost of one new value
 */
public record Bracket(SortedMap<String, String> at, double lo, double hi, double mLo, double mHi,
                      long trialsPerPoint) {

    public double width() {
        return hi - lo;
    }

    /** Whether the metric rises through the level from lo to hi (else it falls). */
    public boolean rising() {
        return mHi > mLo;
    }

    /** The midpoint in the bisection coordinate: geometric ({@code sqrt(lo hi)}) on a log axis, else arithmetic. */
    public double midpoint(boolean log) {
        return log ? Math.sqrt(lo) * Math.sqrt(hi) : lo + (hi - lo) / 2;
    }

    /** Whether the bracket can still be split: its midpoint is a double strictly inside it. */
    public boolean splittable(boolean log) {
        double m = midpoint(log);
        return m > lo && m < hi;
    }

    /**
     * The estimated crossing: the axis value where the straight line through (lo, mLo) and
     * (hi, mHi), in log axis on a log axis, reaches {@code level}.
     */
    public double crossing(double level, boolean log) {
        double t = (level - mLo) / (mHi - mLo);
        return log ? Math.exp(Math.log(lo) + t * (Math.log(hi) - Math.log(lo))) : lo + t * (hi - lo);
    }
}
