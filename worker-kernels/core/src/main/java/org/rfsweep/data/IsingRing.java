package org.rfsweep.data;

import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.InvalidParameterException;

/**
 * The 1-D Ising ring (SCIENCE.md §7): spins ±1, p(s) ∝ exp(J_m Σ_i s_i s_(i+1)) with the closing
 * bond, coupling J_m per class in place of ξ_m; sampled exactly ({@link IsingSampleStream}).
 * E[s_i s_j] = (t^d + t^(N−d))/(1 + t^N), t = tanh J_m, d the ring distance (transfer matrix: the
 * eigenvalues 2cosh J and 2sinh J give Z = (2cosh J)^N (1 + t^N)). Excess kurtosis −2.
 *
 * <p>2-D Ising needs Markov-chain Monte Carlo (e.g. Wolff cluster updates) with a stated number of
 * updates between samples and a measured autocorrelation; rfsweep does not implement it, and
 * {@link #validate} says so before anything runs.
 */
public final class IsingRing extends InputFamily {
    private final DoublePair coupling;

    public IsingRing(DoublePair coupling) {
        this.coupling = coupling;
    }

    public DoublePair coupling() {
        return coupling;
    }

    @Override
    void validate(InputConfig config) {
        if (config.dim() != 1) {
            throw new InvalidParameterException("dim", "inputs ising is the 1-D ring only: 2-D Ising needs cluster "
                    + "Markov-chain Monte Carlo, which rfsweep does not implement; use dim 1");
        }
        if (!config.periodic()) {
            throw new InvalidParameterException("periodic", "inputs ising is a ring (the closing bond is part of "
                    + "the model); use periodic true");
        }
        for (int m = 0; m < 2; m++) {
            double j = coupling.get(m);
            if (!(j >= 0) || Double.isInfinite(j)) {
                throw new InvalidParameterException("coupling", String.format(Locale.ROOT,
                        "coupling%d must be a finite number >= 0: %s", m, j));
            }
        }
    }

    @Override
    public String describe() {
        return "ising(J=" + coupling.first() + "," + coupling.second() + ")";
    }

    @Override
    public double shape() {
        return Double.NaN;
    }

    @Override
    public double excessKurtosis(double latentVariance, int pixels) {
        return -2;
    }

    @Override
    boolean latentField() {
        return false;
    }

    @Override
    SampleStream ownStream(InputConfig config, UniformRandomProvider rng) {
        return new IsingSampleStream(config.size(), coupling, rng);
    }

    /** (t^d + t^(N−d))/(1 + t^N), t = tanh J_m. */
    @Override
    double covarianceAtDistance(InputConfig config, int m, int d) {
        int n = config.size();
        double t = Math.tanh(coupling.get(m));
        return (Math.pow(t, d) + Math.pow(t, n - d)) / (1 + Math.pow(t, n));
    }

    @Override
    double covariance(double cij, double cii, double cjj) {
        throw new UnsupportedOperationException("ising has no latent field");
    }

    @Override
    boolean covarianceIsLatent() {
        return false;
    }

    @Override
    PixelMap.Factory pixelMap(double latentVariance, int pixels) {
        throw new UnsupportedOperationException("ising has no latent field");
    }
}
