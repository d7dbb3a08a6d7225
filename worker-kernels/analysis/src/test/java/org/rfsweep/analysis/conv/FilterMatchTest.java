package org.rfsweep.analysis.conv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class FilterMatchTest {
    /** A filter against a circularly shifted (and sign-flipped) copy of itself: NCC 1 at that shift. */
    @Test
    void shiftedCopyMatchesExactlyAtItsShift() {
        int n = 40;
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3);
        double[] u = new double[n];
        for (int j = 0; j < 9; j++) {
            u[15 + j] = rng.nextDouble() - 0.5;
        }
        for (int shift : new int[] {0, 7, 30, 39}) {
            for (double sign : new double[] {1, -1}) {
                double[] w = new double[n];
                for (int i = 0; i < n; i++) {
                    w[(i + shift) % n] = sign * u[i];
                }
                double[] best = FilterMatch.bestShift(u, w);
                assertEquals(shift, best[0], 0.0, "shift " + shift);
                assertEquals(1.0, best[1], 1e-14);
            }
        }
    }

    @Test
    void orthogonalAndPartialMatches() {
        // a one-hot filter against a field: the best |NCC| is max|w| / |w|
        double[] u = new double[6];
        u[2] = 3;
        double[] w = {0.5, -2, 1, 0, 0, 0};
        assertEquals(2 / Math.sqrt(0.25 + 4 + 1), FilterMatch.best(u, w), 1e-15);
        assertTrue(Double.isNaN(FilterMatch.best(new double[6], w)));
        double[] perFilter = FilterMatch.bestPerFilter(new double[][] {u, w}, List.of(w, u));
        assertArrayEquals(new double[] {1, 1}, perFilter, 1e-15);
        assertTrue(Double.isNaN(FilterMatch.bestPerFilter(new double[][] {u}, List.of())[0]));
    }
}
