package org.rfsweep.kernel.twolayer;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rfsweep.data.SampleStream;

/**
 * Test-only inputs: i.i.d. N(0, 1) pixels, the class a fair coin; class 1 samples are scaled by
 * {@code scale1} so the task is learnable by a network with biases (a variance discrimination).
 */
final class WhiteNoiseStream implements SampleStream {
    private final int n;
    private final double scale1;
    private final UniformRandomProvider rng;
    private final ZigguratSampler.NormalizedGaussian normal;

    WhiteNoiseStream(int n, double scale1, UniformRandomProvider rng) {
        this.n = n;
        this.scale1 = scale1;
        this.rng = rng;
        this.normal = ZigguratSampler.NormalizedGaussian.of(rng);
    }

    @Override
    public int pixels() {
        return n;
    }

    @Override
    public int next(double[] x, int offset) {
        int cls = rng.nextBoolean() ? 1 : 0;
        double scale = cls == 1 ? scale1 : 1;
        for (int i = 0; i < n; i++) {
            x[offset + i] = scale * normal.sample();
        }
        return cls;
    }
}
