package org.rfsweep.refine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;

/**
 * The level crossings of one series (metric against the refined axis at one combination of the
 * other parameters): every pair of neighbouring axis values whose metrics lie on opposite sides of
 * the level (below: {@code m < level}; above: {@code m >= level}). A monotone series has one;
 * a noisy or non-monotone one has several, and each is refined (bisection keeps exactly one
 * crossing per bracket, so their number never changes); none means the level is not crossed
 * inside the swept range. Points whose metric is undefined (no ok trial) are skipped.
 */
public final class BracketFinder {
    private BracketFinder() {
    }

    /** One axis value of a series: its metric and how many trials it holds. */
    public record Point(double x, double metric, long trials) {
    }

    /** What a series says about the level: its brackets, or why it has none. */
    public record Series(SortedMap<String, String> at, List<Point> points, List<Bracket> brackets) {
        /** Why there is no bracket, or null if there is one. */
        public String noCrossingReason(double level) {
            if (!brackets.isEmpty()) {
                return null;
            }
            if (points.size() < 2) {
                return "fewer than two axis values with a defined metric";
            }
            Point max = points.stream().max(Comparator.comparingDouble(Point::metric)).orElseThrow();
            Point min = points.stream().min(Comparator.comparingDouble(Point::metric)).orElseThrow();
            return max.metric() < level
                    ? "never reaches the level (max " + Numbers.fmt(max.metric()) + " at " + Numbers.fmt(max.x()) + ")"
                    : "at or above the level everywhere (min " + Numbers.fmt(min.metric()) + " at " + Numbers.fmt(min.x()) + ")";
        }
    }

    /** The brackets of {@code points} (any order) at {@code level}. */
    public static Series find(SortedMap<String, String> at, List<Point> points, double level) {
        List<Point> sorted = new ArrayList<>();
        for (Point p : points) {
            if (!Double.isNaN(p.metric())) {
                sorted.add(p);
            }
        }
        sorted.sort(Comparator.comparingDouble(Point::x));
        List<Bracket> brackets = new ArrayList<>();
        for (int i = 0; i + 1 < sorted.size(); i++) {
            Point a = sorted.get(i);
            Point b = sorted.get(i + 1);
            if ((a.metric() < level) != (b.metric() < level)) {
                brackets.add(new Bracket(at, a.x(), b.x(), a.metric(), b.metric(), a.trials()));
            }
        }
        return new Series(at, List.copyOf(sorted), List.copyOf(brackets));
    }
}
