package org.rfsweep.data;


/**
 * The non-linear Gaussian process (SCIENCE.md §1; Ingrosso &amp; Goldt, PNAS 2022):
 * x = erf(g z/√2)/√γ(g); covariance (2/(πγ)) asin(g² C_ij / √((1 + g² C_ii)(1 + g² C_jj)))
 * ({@link Nlgp#covariance}); g = 0 is the latent Gaussian itself.
 */
public final class NlgpFamily extends InputFamily {
    /**
     * Gains outside [1e-6, 1e6] add nothing (the excess kurtosis is within 2e-11 of 0 and 1e-6 of
     * −2 there) and would push g² towards underflow or overflow in γ(g) and the arcsin formula.
     */
    static final double MIN_GAIN = 1e-6;
    static final double MAX_GAIN = 1e6;

    private final double gain;

    public NlgpFamily(double gain) {
        this.gain = gain;
    }

    public double gain() {
        return gain;
    }

    /**
     * The gain's range is stated once, in the schema ({@link InputParams#GAIN}: 0 or [1e-6, 1e6]),
     * so a spec is refused there; checked here against that same definition for configs built in code.
     */
    @Override
    void validate(InputConfig config) {
        InputParams.GAIN.coerce(gain);
    }

    @Override
    public String describe() {
        return "nlgp(g=" + gain + ")";
    }

    @Override
    public double shape() {
        return gain;
    }

    /** {@link Nlgp#excessKurtosis} at latent variance v; 0 at g = 0. */
    @Override
    public double excessKurtosis(double latentVariance, int pixels) {
        return Nlgp.excessKurtosis(gain, latentVariance);
    }

    @Override
    double covariance(double cij, double cii, double cjj) {
        return gain > 0 ? Nlgp.covariance(cij, cii, cjj, gain) : cij;
    }

    @Override
    boolean covarianceIsLatent() {
        return gain == 0;
    }

    @Override
    PixelMap.Factory pixelMap(double latentVariance, int pixels) {
        if (gain == 0) {
            return random -> PixelMap.IDENTITY;
        }
        PixelMap map = new ErfMap(gain / Math.sqrt(2), 1 / Math.sqrt(Nlgp.gamma(gain)));
        return random -> map;
    }
}
