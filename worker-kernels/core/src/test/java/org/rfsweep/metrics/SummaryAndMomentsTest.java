package org.rfsweep.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.RandomStreams;

class SummaryAndMomentsTest {

    @Test
    void meanMedianMax() {
        double[] v = {3, 1, 4, 1, 5};
        assertEquals(2.8, Summary.mean(v), 1e-15);
        assertEquals(3, Summary.median(v));
        assertEquals(2, Summary.median(new double[] {4, 1, 3, 0}));
        assertEquals(5, Summary.max(v));
        assertEquals(Double.NaN, Summary.mean(new double[0]));
        assertEquals(Double.NaN, Summary.median(new double[0]));
    }

    @Test
    void compensatedSumKeepsSmallTerms() {
        CompensatedSum s = new CompensatedSum();
        s.add(1e16);
        for (int i = 0; i < 1000; i++) {
            s.add(1);
        }
        s.add(-1e16);
        assertEquals(1000, s.value());
    }

    @Test
    void excessKurtosisOfTwoPointAndGaussianValues() {
        MomentAccumulator twoPoint = new MomentAccumulator();
        twoPoint.addAll(new double[] {-1, 1, 1, -1, 3, -1, 1, 1, -1}, 0, 4);
        assertEquals(-2, twoPoint.excessKurtosis(), 1e-14);
        // Gaussian: κ = 0 with standard error √(24/n) = 0.0049 at n = 10⁶; tolerance 5 errors
        // (false-failure rate ≈ 6·10⁻⁷).
        ZigguratSampler.NormalizedGaussian g =
                ZigguratSampler.NormalizedGaussian.of(RandomStreams.create(1, "moments-test"));
        double[] x = new double[1000];
        MomentAccumulator acc = new MomentAccumulator();
        for (int r = 0; r < 1000; r++) {
            for (int i = 0; i < x.length; i++) {
                x[i] = 2 + 0.5 * g.sample();
            }
            acc.addAll(x, 0, x.length);
        }
        assertEquals(0, acc.excessKurtosis(), 5 * Math.sqrt(24.0 / 1e6));
        assertEquals(0.25, acc.variance(), 0.25 * 5 * Math.sqrt(2.0 / 1e6));
    }
}
