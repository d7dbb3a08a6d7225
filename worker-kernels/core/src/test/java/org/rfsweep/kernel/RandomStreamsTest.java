package org.rfsweep.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    private static long[] draw(UniformRandomProvider rng, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextLong();
        }
        return out;
    }

    @Test
    void aStreamIsAFunctionOfSeedAndNameOnly() {
        assertArrayEquals(draw(RandomStreams.create(7, RandomStreams.TRAIN), 100),
                draw(RandomStreams.create(7, RandomStreams.TRAIN), 100));
    }

    /**
     * Distinct (seed, name) keys give uncorrelated streams: the sample correlation of 10^5
     * uniforms from two streams is N(0, 1/10^5) under independence, so |r| < 0.02 (6.3 sigma)
     * fails falsely with probability below 1e-9 per pair.
     */
    @Test
    void distinctKeysGiveUncorrelatedStreams() {
        String[][] keys = {{"0", RandomStreams.TRAIN}, {"0", RandomStreams.TEST}, {"1", RandomStreams.TRAIN},
                {"0", RandomStreams.WEIGHTS}};
        int n = 100_000;
        double[][] u = new double[keys.length][n];
        for (int k = 0; k < keys.length; k++) {
            UniformRandomProvider rng = RandomStreams.create(Long.parseLong(keys[k][0]), keys[k][1]);
            for (int i = 0; i < n; i++) {
                u[k][i] = rng.nextDouble();
            }
        }
        for (int a = 0; a < keys.length; a++) {
            for (int b = a + 1; b < keys.length; b++) {
                double r = new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(u[a], u[b]);
                assertTrue(Math.abs(r) < 0.02, "streams " + a + " and " + b + " correlate: " + r);
            }
        }
        assertEquals(0.5, java.util.Arrays.stream(u[0]).average().orElseThrow(), 0.005);
    }
}
