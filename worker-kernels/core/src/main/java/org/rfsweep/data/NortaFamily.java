package org.rfsweep.data;

/**
 * NORTA (normal-to-anything, SCIENCE.md §7): x_i = Q(Φ(z̃_i))/s with z̃_i = z_i/√C_ii, so every
 * pixel has the marginal's law; E[x_i x_j] = h(ρ_ij), ρ_ij = C_ij/√(C_ii C_jj)
 * ({@link Marginal#correlation}).
 */
public final class NortaFamily extends InputFamily {
    private final Marginal marginal;

    NortaFamily(Marginal marginal) {
        this.marginal = marginal;
    }

    /** NORTA with the alg(k) marginal, k &gt; 4 (checked by the caller, {@link FamilyResolver}). */
    public static NortaFamily alg(double k) {
        return new NortaFamily(new AlgMarginal(k));
    }

    /** NORTA with a marginal without shape: laplace, uniform, sign or gaussian. */
    public static NortaFamily of(String marginal) {
        return new NortaFamily(switch (marginal) {
            case "laplace" -> new LaplaceMarginal();
            case "uniform" -> new UniformMarginal();
            case "sign" -> new SignMarginal();
            case "gaussian" -> new GaussianMarginal();
            default -> throw new IllegalArgumentException("no shape-free NORTA marginal " + marginal);
        });
    }

    /**
     * The exact pixel x = Q(Φ(z̃))/s of a standardised latent value z̃ = z/√C_ii (an odd function;
     * for the theory kernels' quadratures, not the samplers' table).
     */
    public double pixel(double standardLatent) {
        return marginal.pixel(standardLatent);
    }

    Marginal marginal() {
        return marginal;
    }

    @Override
    public String describe() {
        return "norta " + marginal.name() + (Double.isNaN(marginal.shape()) ? "" : "(k=" + marginal.shape() + ")");
    }

    @Override
    public double shape() {
        return marginal.shape();
    }

    @Override
    public double excessKurtosis(double latentVariance, int pixels) {
        return marginal.excessKurtosis();
    }

    @Override
    double covariance(double cij, double cii, double cjj) {
        return marginal.correlation(cij / Math.sqrt(cii * cjj));
    }

    @Override
    boolean covarianceIsLatent() {
        return false;
    }

    @Override
    PixelMap.Factory pixelMap(double latentVariance, int pixels) {
        PixelMap map = marginal.map(1 / Math.sqrt(latentVariance));
        return random -> map;
    }
}
