package org.rfsweep.data;

/**
 * Elliptical data (SCIENCE.md §7): x = c · z, z ~ N(0, C_m), one independent radial factor c per
 * sample ({@link RadialLaw}); Cov(x) = C_m, so the Gaussian control is the latent Gaussian itself,
 * and E[x | wᵀx] is linear in wᵀx (LSG25: these data never localise).
 */
public final class EllipticalFamily extends InputFamily {
    private final RadialLaw law;

    EllipticalFamily(RadialLaw law) {
        this.law = law;
    }

    /** The multivariate t, ν &gt; 4 (checked by the caller, {@link FamilyResolver}). */
    public static EllipticalFamily studentT(double nu) {
        return new EllipticalFamily(new StudentTRadius(nu));
    }

    /** A radial law without shape: shell or lsg. */
    public static EllipticalFamily of(String radial) {
        return new EllipticalFamily(switch (radial) {
            case "shell" -> new ShellRadius();
            case "lsg" -> new LsgRadius();
            default -> throw new IllegalArgumentException("no shape-free radial law " + radial);
        });
    }

    @Override
    public String describe() {
        return "elliptical " + law.name() + (Double.isNaN(law.shape()) ? "" : "(nu=" + law.shape() + ")");
    }

    @Override
    public double shape() {
        return law.shape();
    }

    /**
     * The exact E|x_i| of one pixel: the slope of LSG25's amplifier, which is linear for elliptical
     * data, φ(a) = E|x_i| a (SCIENCE.md §8).
     *
     * @param latentVariance C_ii = 1 + jitter
     * @param pixels         N
     */
    public double meanAbsPixel(double latentVariance, int pixels) {
        return law.meanAbsPixel(latentVariance, pixels);
    }

    @Override
    public double excessKurtosis(double latentVariance, int pixels) {
        return law.excessKurtosis(pixels);
    }

    @Override
    double covariance(double cij, double cii, double cjj) {
        return cij;
    }

    @Override
    boolean covarianceIsLatent() {
        return true;
    }

    @Override
    PixelMap.Factory pixelMap(double latentVariance, int pixels) {
        return random -> new RadialMap(law, random, pixels);
    }
}
