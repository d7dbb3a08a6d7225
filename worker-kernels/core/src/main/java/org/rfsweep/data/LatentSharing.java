package org.rfsweep.data;

import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Input distributions whose samples are one pointwise map of the same latent draws, so that
 * trials of one seed can draw the latent field once and apply each its own map (issue 13, item 3).
 *
 * <p>For the NLGP (any gain, g = 0 included) and the NORTA families, not their Gaussian controls,
 * {@link InputModel#stream} draws from its random stream exactly what the latent Gaussian of the
 * same geometry draws (classes, normals, FFT or Cholesky factor of C_m, neither depends on the
 * map) and applies a map that reads nothing else: x = map(z) pixel by pixel. The elliptical
 * families draw a radius per sample from the same stream, the controls sample their own
 * covariance and the Ising ring has no latent field; they share nothing here.
 */
public final class LatentSharing {
    private LatentSharing() {
    }

    /** One input distribution's map from latent samples to pixels. Allocates nothing per call. */
    public interface PointMap {
        /**
         * x[xOff + i] ← map(z[zOff + i]) for i &lt; length: exactly what the distribution's own
         * stream does to its latent sample.
         *
         * @param z latent values. Not modified.
         * @param x pixels. Modified.
         */
        void apply(double[] z, int zOff, double[] x, int xOff, int length);
    }

    /**
     * The key of the latent draws of {@code config}: equal keys (and equal seeds) mean equal latent
     * samples; null when its samples are not a pointwise map of the latent field alone.
     */
    public static String latentKey(InputConfig config) {
        if (config.control() || !(config.family() instanceof NlgpFamily || config.family() instanceof NortaFamily)) {
            return null;
        }
        return String.format(Locale.ROOT, "latent;dim=%d;size=%d;periodic=%b;xi=%s,%s;jitter=%s", config.dim(),
                config.size(), config.periodic(), Double.toString(config.xi().first()),
                Double.toString(config.xi().second()), Double.toString(config.jitter()));
    }

    /**
     * The latent samples behind {@code model.stream(rng)}: the same draws, before the map.
     *
     * @throws IllegalArgumentException if the model has no {@link #latentKey}
     */
    public static SampleStream latentStream(InputModel model, UniformRandomProvider rng) {
        requireShared(model);
        return model.latentStream(rng);
    }

    /**
     * The map {@code model.stream} applies to each latent sample.
     *
     * @throws IllegalArgumentException if the model has no {@link #latentKey}
     */
    public static PointMap map(InputModel model) {
        requireShared(model);
        PixelMap pixelMap = model.pixelMapFactory().create(null); // these families' maps draw nothing
        if (pixelMap.needsWhiteNorm()) {
            throw new IllegalStateException(model.config().family().describe() + " needs the white norm");
        }
        return (z, zOff, x, xOff, length) -> pixelMap.apply(z, zOff, x, xOff, length, Double.NaN);
    }

    private static void requireShared(InputModel model) {
        if (latentKey(model.config()) == null) {
            throw new IllegalArgumentException(model.config().family().describe()
                    + (model.config().control() ? " (control)" : "") + " does not share latent draws");
        }
    }
}
