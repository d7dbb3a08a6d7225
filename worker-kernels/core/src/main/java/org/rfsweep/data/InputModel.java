package org.rfsweep.data;

import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.rng.UniformRandomProvider;
import org.rfsweep.kernel.InvalidParameterException;

/**
 * The input distribution of one trial, validated and precomputed once: an input family
 * ({@link InputFamily}: the NLGP of SCIENCE.md §1, NORTA, elliptical or Ising of §7) or its
 * Gaussian control, a Gaussian with exactly the family's covariance, for the two classes m = 0, 1.
 *
 * <p>The control's covariance is the family's exact {@link InputFamily#covariance} of the latent
 * entries; for the NLGP that is the exact bivariate formula
 * K_m[i, j] = (2/(πγ)) asin(g² C_ij / √((1 + g² C_ii)(1 + g² C_jj))) ({@link Nlgp#covariance}),
 * which equals SCIENCE.md's (2/(πγ)) asin(g²/(1+g²) C_ij) when C_ii = 1; with the jitter on the
 * diagonal (C_ii = 1 + jitter) it is the NLGP's covariance exactly, so the two kinds share their
 * second-order statistics to the last digit. At g = 0 both kinds are the latent Gaussian, x = z; an
 * elliptical family's control is the latent Gaussian too (Cov(x) = C_m).
 *
 * <p>Periodic boundaries sample through the circulant spectrum ({@link SpectralSampleStream},
 * O(N log N), two samples per complex FFT); open boundaries through a Cholesky factor per class
 * ({@link CholeskySampleStream}, O(N²)); the Ising ring through its own exact sampler, its control
 * through the spectrum of its exact covariance. An instance is immutable and may be shared; each
 * {@link #stream} owns its buffers.
 */
public final class InputModel {
    /**
     * Open boundaries hold two packed N × N Cholesky factors (N²·8 bytes, 34 MB at this N) and
     * build them from dense matrices; beyond this N they would not fit a trial's heap budget.
     */
    static final int MAX_OPEN_PIXELS = 2048;

    private final InputConfig config;
    private final int pixels;
    private final PixelMap.Factory map;
    private final SpectralSampler spectral;
    private final double[][] choleskyFactors;
    private final int[][] choleskyRowStart;

    private InputModel(InputConfig config, SpectralSampler spectral, double[][] choleskyFactors) {
        this.config = config;
        this.pixels = config.pixels();
        this.map = config.control() || !config.family().latentField() ? random -> PixelMap.IDENTITY
                : config.family().pixelMap(config.latentVariance(), pixels);
        this.spectral = spectral;
        this.choleskyFactors = choleskyFactors;
        this.choleskyRowStart = choleskyFactors == null ? null
                : new int[][] {rowStarts(choleskyFactors[0], pixels), rowStarts(choleskyFactors[1], pixels)};
    }

    /** Per row of a packed lower factor, the first non-zero column (i for an all-zero row prefix). */
    private static int[] rowStarts(double[] packed, int n) {
        int[] start = new int[n];
        for (int i = 0; i < n; i++) {
            int row = i * (i + 1) / 2;
            int j = 0;
            while (j < i && packed[row + j] == 0) {
                j++;
            }
            start[i] = j;
        }
        return start;
    }

    /**
     * Validates the configuration and precomputes the spectra (periodic) or Cholesky factors
     * (open boundaries) of both classes.
     *
     * @throws InvalidParameterException for a bad size, ξ, gain or jitter, or when a class
     *                                   covariance is not positive semi-definite (naming ξ, the
     *                                   size and the most negative eigenvalue)
     */
    public static InputModel of(InputConfig config) {
        validate(config);
        if (!config.family().latentField()) {
            return new InputModel(config, config.control() ? new SpectralSampler(1, config.size(),
                    ownSpectrum(config, 0), ownSpectrum(config, 1)) : null, null);
        }
        if (config.periodic()) {
            return new InputModel(config, new SpectralSampler(config.dim(), config.size(),
                    periodicSpectrum(config, 0), periodicSpectrum(config, 1)), null);
        }
        return new InputModel(config, null, new double[][] {choleskyFactor(config, 0), choleskyFactor(config, 1)});
    }

    /**
     * The single-parameter ranges are the schema's ({@link InputParams}), which refuses a spec before
     * any model is built; checked here against those same definitions for configs built in code.
     * What needs the model (a covariance that is not PSD) is checked where it is computed.
     */
    private static void validate(InputConfig c) {
        InputParams.SIZE.coerce(c.size());
        InputParams.XI.coerce(c.xi());
        c.family().validate(c);
        InputParams.JITTER.coerce(c.jitter());
        if (!c.periodic() && (long) c.size() * (c.dim() == 2 ? c.size() : 1) > MAX_OPEN_PIXELS) {
            throw new InvalidParameterException("size", String.format(Locale.ROOT,
                    "open boundaries need dense N x N Cholesky factors, so N = size^dim must be at most %d: "
                            + "size %d, dim %d; use periodic boundaries", MAX_OPEN_PIXELS, c.size(), c.dim()));
        }
    }

    /** Eigenvalues of the Gaussian actually sampled for class m, checked PSD. */
    private static double[] periodicSpectrum(InputConfig c, int m) {
        int dim = c.dim();
        int size = c.size();
        double xi = c.xi().get(m);
        double[] latentRow = GaussianKernel.firstRow(dim, size, xi, c.jitter());
        double[] latent = CirculantSpectrum.latent(dim, size, xi, c.jitter());
        CirculantSpectrum.requirePsd(latent, CirculantSpectrum.l1(latentRow), m, xi, dim, size, "latent");
        if (!samplesOwnCovariance(c)) {
            return latent;
        }
        double[] row = familyFirstRow(c, latentRow);
        double[] lambda = CirculantSpectrum.ofFirstRow(dim, size, row);
        CirculantSpectrum.requirePsd(lambda, CirculantSpectrum.l1(row), m, xi, dim, size, "Gaussian-control");
        return lambda;
    }

    /** The Ising ring's control: the spectrum of its exact covariance (t^d + t^(N−d))/(1 + t^N). */
    private static double[] ownSpectrum(InputConfig c, int m) {
        double[] row = ownFirstRow(c, m);
        double[] lambda = CirculantSpectrum.ofFirstRow(1, c.size(), row);
        CirculantSpectrum.requirePsd(lambda, CirculantSpectrum.l1(row), m, c.xi().get(m), 1, c.size(),
                "Gaussian-control");
        return lambda;
    }

    /** The family's exact first covariance row K(C_0k, v, v) over the latent first row (v its diagonal). */
    private static double[] familyFirstRow(InputConfig c, double[] latentRow) {
        return FamilyCovariance.apply(c.family(), latentRow, c.latentVariance());
    }

    /** The first covariance row of a family without a latent field (the 1-D Ising ring), by ring distance. */
    private static double[] ownFirstRow(InputConfig c, int m) {
        double[] row = new double[c.size()];
        for (int k = 0; k < row.length; k++) {
            row[k] = c.family().covarianceAtDistance(c, m, Math.min(k, c.size() - k));
        }
        return row;
    }

    /** The control samples the family's covariance, unless that is the latent one (which is sampled directly). */
    private static boolean samplesOwnCovariance(InputConfig c) {
        return c.control() && !c.family().covarianceIsLatent();
    }

    private static double[] choleskyFactor(InputConfig c, int m) {
        int n = c.pixels();
        double[] cov = samplesOwnCovariance(c) ? FamilyCovariance.dense(c.family(), latent(c, m), n) : latent(c, m);
        RealMatrix matrix = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                matrix.setEntry(i, j, cov[i * n + j]);
            }
        }
        RealMatrix l;
        try {
            l = new CholeskyDecomposition(matrix).getL();
        } catch (NonPositiveDefiniteMatrixException e) {
            double[] eig = new EigenDecomposition(matrix).getRealEigenvalues();
            double min = Double.POSITIVE_INFINITY;
            for (double v : eig) {
                min = Math.min(min, v);
            }
            throw new InvalidParameterException("xi", String.format(Locale.ROOT,
                    "xi%d = %s with size %d (%d-D, open boundaries) and jitter %s gives a numerically singular "
                            + "class-%d covariance (smallest eigenvalue %.4g): its Cholesky factor does not exist; "
                            + "use a smaller xi or a larger jitter",
                    m, c.xi().get(m), c.size(), c.dim(), c.jitter(), m, min));
        }
        double[] packed = new double[n * (n + 1) / 2];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = l.getEntry(i, j);
                // Subnormal entries (far off the diagonal) change z by < 1e-307 but make every
                // multiply that touches them ~100 times slower on x86: they are set to 0.
                packed[i * (i + 1) / 2 + j] = Math.abs(v) < Double.MIN_NORMAL ? 0.0 : v;
            }
        }
        return packed;
    }

    private static double[] latent(InputConfig c, int m) {
        return GaussianKernel.dense(c.dim(), c.size(), c.xi().get(m), c.periodic(), c.jitter());
    }

    /** The configuration this model was built from. */
    public InputConfig config() {
        return config;
    }

    /** N = size^dim. */
    public int pixels() {
        return pixels;
    }

    /**
     * A new stream of samples drawn from rng (classes uniform, then the sample). The stream owns
     * its buffers; its samples are a deterministic function of rng alone.
     */
    public SampleStream stream(UniformRandomProvider rng) {
        if (!config.family().latentField() && !config.control()) {
            return config.family().ownStream(config, rng);
        }
        if (spectral != null) {
            return new SpectralSampleStream(spectral, map, rng);
        }
        return new CholeskySampleStream(choleskyFactors, choleskyRowStart, pixels, map, rng);
    }

    /**
     * A stream of the latent samples z behind {@link #stream}'s: the same draws from rng, in the
     * same order, with the identity in place of the family's pixel map. Only for a latent-field
     * family (not its control).
     */
    SampleStream latentStream(UniformRandomProvider rng) {
        PixelMap.Factory identity = random -> PixelMap.IDENTITY;
        if (spectral != null) {
            return new SpectralSampleStream(spectral, identity, rng);
        }
        return new CholeskySampleStream(choleskyFactors, choleskyRowStart, pixels, identity, rng);
    }

    /** The pixel map {@link #stream} applies to each latent sample (for {@link LatentSharing}). */
    PixelMap.Factory pixelMapFactory() {
        return map;
    }

    /**
     * The exact marginal excess kurtosis E[x⁴]/E[x²]² − 3 of one pixel: the family's
     * {@link InputFamily#excessKurtosis} (for the NLGP {@link Nlgp#excessKurtosis} at latent variance
     * 1 + jitter, 0 at g = 0), 0 for every Gaussian control. (With jitter 0 the NLGP's is SCIENCE.md's
     * table; the default jitter 1e-3 acts like a gain √1.001 times larger and moves it by at most
     * 4.3e-4, near g = 0.7.)
     */
    public double theoreticalExcessKurtosis() {
        if (config.control()) {
            return 0;
        }
        return config.family().excessKurtosis(config.latentVariance(), pixels);
    }

    /** The family's shape parameter in use (gain, k, ν; solved when a kurtosis was given), NaN if none. */
    public double shape() {
        return config.family().shape();
    }

    /** The dense N × N latent covariance C_m, row-major (jitter included); O(N²) memory. */
    public double[] latentCovariance(int m) {
        checkClass(m);
        return latent(config, m);
    }

    /**
     * The dense N × N covariance of the inputs x of class m, row-major, the same for the family and
     * its control: for the NLGP the arcsin formula of the class comment at g &gt; 0, C_m at g = 0;
     * the family's {@link InputFamily#covariance} in general. O(N²) memory.
     */
    public double[] inputCovariance(int m) {
        checkClass(m);
        InputFamily family = config.family();
        if (!family.latentField()) {
            double[] k = new double[pixels * pixels];
            for (int i = 0; i < pixels; i++) {
                for (int j = 0; j < pixels; j++) {
                    int d = Math.abs(i - j);
                    k[i * pixels + j] = family.covarianceAtDistance(config, m, Math.min(d, pixels - d));
                }
            }
            return k;
        }
        double[] c = latent(config, m);
        return family.covarianceIsLatent() ? c : FamilyCovariance.dense(family, c, pixels);
    }

    /**
     * The first row E[x_0 x_k] of the covariance of the inputs of class m, for every pixel k in
     * row-major order: on a periodic grid it fixes the whole (circulant) covariance, the same for
     * the family and its control, in O(N) memory instead of {@link #inputCovariance}'s O(N²).
     * For the NLGP it is the arcsin formula, for NORTA h(ρ), for elliptical data C itself, for the
     * Ising ring (t^d + t^(N−d))/(1 + t^N).
     *
     * @throws IllegalStateException for open boundaries, where the covariance is not circulant
     */
    public double[] inputCovarianceFirstRow(int m) {
        checkClass(m);
        if (!config.periodic()) {
            throw new IllegalStateException("the covariance is circulant only with periodic boundaries");
        }
        if (!config.family().latentField()) {
            return ownFirstRow(config, m);
        }
        double[] latentRow = GaussianKernel.firstRow(config.dim(), config.size(), config.xi().get(m), config.jitter());
        return config.family().covarianceIsLatent() ? latentRow : familyFirstRow(config, latentRow);
    }

    private static void checkClass(int m) {
        if (m != 0 && m != 1) {
            throw new IndexOutOfBoundsException("class must be 0 or 1: " + m);
        }
    }

    /** Package-private view for tests: the periodic sampler's spectral weights, or null. */
    SpectralSampler spectralSampler() {
        return spectral;
    }
}
