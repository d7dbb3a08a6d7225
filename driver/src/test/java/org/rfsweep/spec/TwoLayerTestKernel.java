package org.rfsweep.spec;

import java.util.List;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;

/**
 * Test-only kernel {@code twolayer-test}: the real twolayer-sgd parameter schema
 * ({@link TwoLayerSchema#PARAMS}) and a naive positive-semi-definiteness check of the periodic
 * covariance C(d) = exp(-d^2 / xi^2) + jitter delta(d), so spec tests use the real parameter names
 * and the real failure mode without depending on the kernel implementation. Never runs a trial.
 *
 * <p>On a ring of n pixels the covariance is circulant, so its eigenvalues are the DFT of its first
 * row, lambda_j = sum_k c(k) cos(2 pi j k / n); on a torus it is the product of two such rings.
 */
public final class TwoLayerTestKernel implements Kernel {

    @Override
    public String name() {
        return "twolayer-test";
    }

    @Override
    public String version() {
        return "test-1";
    }

    @Override
    public String description() {
        return "test kernel with the twolayer-sgd parameter schema";
    }

    @Override
    public ParamSchema schema() {
        return TwoLayerSchema.PARAMS;
    }

    @Override
    public List<MetricSpec> metrics() {
        return TwoLayerSchema.METRICS;
    }

    @Override
    public void validate(ResolvedParams params) {
        if (!params.getBoolean("periodic")) {
            return; // the Gaussian kernel is positive definite on the line
        }
        DoublePair xi = params.getPair("xi");
        for (int m = 0; m < 2; m++) {
            double min = minEigenvalue(params.getInt("size"), params.getInt("dim"), xi.get(m))
                    + params.getDouble("jitter");
            if (min < 0) {
                throw new InvalidParameterException("xi", "the periodic covariance with xi" + m + " = " + xi.get(m)
                        + " is not positive semi-definite on size " + params.getInt("size")
                        + " (smallest eigenvalue " + min + "); use a smaller xi or a larger size");
            }
        }
    }

    static double minEigenvalue(int n, int dim, double xi) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double lambda = 0;
            for (int k = 0; k < n; k++) {
                int d = Math.min(k, n - k);
                lambda += Math.exp(-(double) d * d / (xi * xi)) * Math.cos(2 * Math.PI * j * k / n);
            }
            lo = Math.min(lo, lambda);
            hi = Math.max(hi, lambda);
        }
        return dim == 1 ? lo : Math.min(lo * hi, lo * lo);
    }

    @Override
    public double estimateCost(ResolvedParams params) {
        return params.getDouble("time") * params.getInt("width");
    }

    @Override
    public TrialResult run(TrialSpec spec) {
        throw new UnsupportedOperationException("twolayer-test only validates");
    }
}
