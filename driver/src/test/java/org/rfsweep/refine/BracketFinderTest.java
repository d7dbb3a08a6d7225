package org.rfsweep.refine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Bracket finding, midpoints and crossing estimates against hand-computed values. */
class BracketFinderTest {
    private static final SortedMap<String, String> AT = new TreeMap<>();

    private static BracketFinder.Point p(double x, double m) {
        return new BracketFinder.Point(x, m, 3);
    }

    @Test
    void aMonotoneSeriesHasOneBracketBetweenTheLastPointBelowAndTheFirstAtOrAbove() {
        BracketFinder.Series s = BracketFinder.find(AT, List.of(p(10, 1), p(0.1, 0), p(1, 0.5), p(0.3, 0.2)), 0.5);
        assertEquals(1, s.brackets().size());
        Bracket b = s.brackets().get(0);
        assertEquals(0.3, b.lo());
        assertEquals(1, b.hi());
        assertEquals(0.2, b.mLo());
        assertEquals(0.5, b.mHi(), "a point exactly at the level counts as above");
        assertEquals(3, b.trialsPerPoint());
        assertTrue(b.rising());
        assertNull(s.noCrossingReason(0.5));
    }

    @Test
    void everySignChangeOfANonMonotoneSeriesIsABracket() {
        BracketFinder.Series s = BracketFinder.find(AT,
                List.of(p(1, 0), p(2, 1), p(3, 0), p(4, Double.NaN), p(5, 1)), 0.5);
        assertEquals(3, s.brackets().size());
        assertEquals(List.of(1.0, 2.0, 3.0), s.brackets().stream().map(Bracket::lo).toList());
        assertEquals(List.of(2.0, 3.0, 5.0), s.brackets().stream().map(Bracket::hi).toList(),
                "a point with an undefined metric is skipped");
        assertFalse(s.brackets().get(1).rising());
    }

    @Test
    void seriesThatDoNotCrossSayWhy() {
        assertEquals("never reaches the level (max 0.4 at 2)",
                BracketFinder.find(AT, List.of(p(1, 0), p(2, 0.4)), 0.5).noCrossingReason(0.5));
        assertEquals("at or above the level everywhere (min 0.6 at 1)",
                BracketFinder.find(AT, List.of(p(1, 0.6), p(2, 0.9)), 0.5).noCrossingReason(0.5));
        assertEquals("fewer than two axis values with a defined metric",
                BracketFinder.find(AT, List.of(p(1, 0.6)), 0.5).noCrossingReason(0.5));
    }

    @Test
    void midpointsAndCrossingsInLinearAndLogCoordinates() {
        Bracket b = new Bracket(AT, 0.1, 10, 0, 1, 3);
        assertEquals(1.0, b.midpoint(true), 1e-15);
        assertEquals(5.05, b.midpoint(false), 1e-15);
        assertEquals(1.0, b.crossing(0.5, true), 1e-12);
        assertEquals(5.05, b.crossing(0.5, false), 1e-12);
        assertEquals(Math.pow(10, -0.5), b.crossing(0.25, true), 1e-12);
        Bracket falling = new Bracket(AT, 2, 4, 1, 0, 3);
        assertEquals(3.5, falling.crossing(0.25, false), 1e-12);
        assertTrue(b.splittable(true));
        assertFalse(new Bracket(AT, 1, Math.nextUp(1.0), 0, 1, 3).splittable(false));
    }

    @Test
    void logBisectionOnlyForPositiveLogSpacedAxes() {
        assertTrue(RefineTarget.logSpaced(List.of(0.01, 0.1, 1.0, 10.0)));
        assertFalse(RefineTarget.logSpaced(List.of(1.0, 2.0, 3.0, 4.0)));
        assertFalse(RefineTarget.logSpaced(List.of(0.0, 0.1, 1.0, 10.0)), "zero cannot be bisected in log");
        assertTrue(RefineTarget.logSpaced(List.of(0.1, 10.0)), "two values a decade or more apart");
        assertFalse(RefineTarget.logSpaced(List.of(1.0, 3.0)));
    }
}
