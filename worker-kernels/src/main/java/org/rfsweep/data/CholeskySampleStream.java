package org.rfsweep.data;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Open-boundary samples z = L_m ε with L_m the lower Cholesky factor of the class-m covariance
 * (packed row-major: row i at i(i+1)/2) and ε standard normal. Per sample: one {@code nextLong}
 * for the class (its top bit), then N normals.
 */
final class CholeskySampleStream implements SampleStream {
    private final double[][] factors;
    private final PixelMap map;
    private final UniformRandomProvider rng;
    private final ZigguratSampler.NormalizedGaussian gauss;
    private final int n;
    private final double[] eps;
    private final double[] z;

    CholeskySampleStream(double[][] factors, int n, PixelMap map, UniformRandomProvider rng) {
        this.factors = factors;
        this.map = map;
        this.rng = rng;
        this.gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        this.n = n;
        this.eps = new double[n];
        this.z = new double[n];
    }

    @Override
    public int pixels() {
        return n;
    }

    @Override
    public int next(double[] x, int offset) {
        int m = (int) (rng.nextLong() >>> 63);
        for (int i = 0; i < n; i++) {
            eps[i] = gauss.sample();
        }
        double[] l = factors[m];
        for (int i = 0; i < n; i++) {
            int row = i * (i + 1) / 2;
            double s = 0;
            for (int j = 0; j <= i; j++) {
                s += l[row + j] * eps[j];
            }
            z[i] = s;
        }
        map.apply(z, x, offset, n);
        return m;
    }
}
