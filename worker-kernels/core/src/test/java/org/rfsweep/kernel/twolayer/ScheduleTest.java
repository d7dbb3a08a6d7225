package org.rfsweep.kernel.twolayer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void defaultRunHasTwoHundredLogSpacedSnapshotsAndFortyEvaluations() {
        Schedule s = Schedule.of(1000, 400, 400_000, 200, 40);
        assertEquals(201, s.size());
        assertEquals(0, s.steps()[0]);
        assertEquals(40, s.steps()[1]); // t = 0.1
        assertEquals(400_000, s.steps()[200]); // t = T
        // steps[j] is t_{j-1} = 0.1·10^(4(j-1)/199)
        assertEquals((long) Math.ceil(0.1 * Math.pow(1e4, 99.0 / 199) * 400 - 1e-9), s.steps()[100]);
        for (int j = 1; j < s.size(); j++) {
            assertTrue(s.steps()[j] > s.steps()[j - 1]);
        }
        assertTrue(s.evaluate()[0] && s.evaluate()[200] && s.evaluate()[1]);
        assertEquals(41, s.evaluations()); // t = 0 and 40 distinct log-spaced times, the end among them
    }

    @Test
    void shortRunsDeduplicateSteps() {
        // T·N = 10 steps: snapshot times 0.1..1 map to steps 1..10
        Schedule s = Schedule.of(1, 10, 10, 200, 40);
        assertArrayEquals(new long[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, s.steps());
        assertEquals(s.size(), s.evaluations());
        Schedule one = Schedule.of(5, 10, 50, 1, 1);
        assertArrayEquals(new long[] {0, 50}, one.steps());
        assertArrayEquals(new boolean[] {true, true}, one.evaluate());
    }

    @Test
    void timesBelowAFifthOfAStepStillEndAtTheLastStep() {
        Schedule s = Schedule.of(0.05, 10, 1, 20, 5);
        assertArrayEquals(new long[] {0, 1}, s.steps());
    }
}
