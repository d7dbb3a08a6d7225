package org.rfsweep.data;

import org.apache.commons.rng.UniformRandomProvider;
import org.rfsweep.math.Fft;
import org.rfsweep.math.Fft2d;

/**
 * Periodic-boundary samples through the spectrum of the circulant covariance, two per complex FFT.
 *
 * <p>Implementation note: let α, β be independent Hermitian white spectra (α_−k = conj α_k,
 * E[α_k conj α_l] = δ_kl: a real N(0, 1) on self-conjugate frequencies, (a + ib)/√2 on a pair),
 * built from N standard normals each. Then z = F(√(λ0/N) α) is real with
 * E[z_j z_l] = (1/N) Σ_k λ0_k e^(−2πi k(j−l)/N) = C0[j, l], and i·F(√(λ1/N) β) is purely
 * imaginary, so one FFT of S = √(λ0/N) α + i √(λ1/N) β gives a class-m0 sample in its real part
 * and an independent class-m1 sample in its imaginary part, for any pair of classes. Per pair: one
 * {@code nextLong} for the two classes (its top two bits), then 2N normals, then one FFT; a family
 * map that draws per-sample randomness (the elliptical radius) draws it from the same stream when
 * the sample is handed out. The sample sequence is therefore a function of the random stream alone.
 * The white normals behind a sample, for the elliptical families' ‖ε‖, are its N normals.
 */
final class SpectralSampleStream implements SampleStream {
    private final SpectralSampler sampler;
    private final PixelMap map;
    /** The TRAIN/TEST stream: class bits and normals. */
    private final BulkNormals random;
    private final boolean needsNorm;
    private double normRe = Double.NaN;
    private double normIm = Double.NaN;
    private final Fft fft;
    private final Fft2d fft2d;
    private final int n;
    private final double[] normals;
    private final double[] re;
    private final double[] im;
    private int class0;
    private int class1;
    private boolean pending;

    SpectralSampleStream(SpectralSampler sampler, PixelMap.Factory map, UniformRandomProvider rng) {
        this.sampler = sampler;
        this.random = BulkNormals.of(rng);
        this.map = map.create(random);
        this.needsNorm = this.map.needsWhiteNorm();
        this.n = sampler.pixels;
        this.fft = sampler.dim == 1 ? Fft.of(n) : null;
        this.fft2d = sampler.dim == 2 ? Fft2d.of(sampler.size, sampler.size) : null;
        this.normals = new double[2 * n];
        this.re = new double[n];
        this.im = new double[n];
    }

    @Override
    public int pixels() {
        return n;
    }

    @Override
    public int next(double[] x, int offset) {
        if (pending) {
            pending = false;
            map.apply(im, 0, x, offset, n, normIm);
            return class1;
        }
        drawPair();
        pending = true;
        map.apply(re, 0, x, offset, n, normRe);
        return class0;
    }

    private void drawPair() {
        long bits = random.nextLong();
        class0 = (int) (bits >>> 63);
        class1 = (int) (bits >>> 62) & 1;
        random.fill(normals, 0, normals.length);
        if (needsNorm) { // normals [0, N) make the real-part sample, [N, 2N) the imaginary one
            normRe = PixelMap.normSq(normals, 0, n);
            normIm = PixelMap.normSq(normals, n, 2 * n);
        }
        latentPair(normals, class0, class1);
    }

    /**
     * The linear map from 2N normals to two latent samples: re ← class m0, im ← class m1.
     * Normals [0, N) build α, [N, 2N) build β: self-conjugate frequencies first, one normal
     * each, then each pair's real and imaginary parts.
     */
    void latentPair(double[] z, int m0, int m1) {
        double[] wa = sampler.weight[m0];
        double[] wb = sampler.weight[m1];
        HermitianLayout layout = sampler.layout;
        int[] self = layout.self;
        int nSelf = self.length;
        for (int q = 0; q < nSelf; q++) {
            int k = self[q];
            re[k] = wa[k] * z[q];
            im[k] = wb[k] * z[n + q];
        }
        if (fft != null) {
            ringPairs(z, wa, wb, nSelf);
            fft.forward(re, im);
        } else {
            torusPairs(z, wa, wb, nSelf, layout.lo, layout.hi);
            fft2d.forward(re, im);
        }
    }

    /**
     * The pairs {k, −k} on a ring are k = q + 1 and n − 1 − q: direct indices instead of the
     * layout's index lists, which keeps this loop free of gathers (same values).
     */
    private void ringPairs(double[] z, double[] wa, double[] wb, int nSelf) {
        int pairs = (n - 1) / 2;
        for (int q = 0; q < pairs; q++) {
            int k = q + 1;
            int i = nSelf + 2 * q;
            double ar = wa[k] * z[i];
            double ai = wa[k] * z[i + 1];
            double br = wb[k] * z[n + i];
            double bi = wb[k] * z[n + i + 1];
            re[k] = ar - bi;
            im[k] = ai + br;
            re[n - k] = ar + bi;
            im[n - k] = br - ai;
        }
    }

    private void torusPairs(double[] z, double[] wa, double[] wb, int nSelf, int[] lo, int[] hi) {
        for (int q = 0; q < lo.length; q++) {
            int k = lo[q];
            int i = nSelf + 2 * q;
            double ar = wa[k] * z[i];
            double ai = wa[k] * z[i + 1];
            double br = wb[k] * z[n + i];
            double bi = wb[k] * z[n + i + 1];
            // S_k = α_k + i β_k and S_−k = conj α_k + i conj β_k
            re[k] = ar - bi;
            im[k] = ai + br;
            re[hi[q]] = ar + bi;
            im[hi[q]] = br - ai;
        }
    }

    /** The latent buffers after {@link #latentPair}, for the exactness test. */
    double[] latentRe() {
        return re;
    }

    double[] latentIm() {
        return im;
    }
}
