package org.rfsweep.analysis.flow;

/**
 * The expectations over one class of the online-SGD update of the erf network
 * ŷ = c Σ_i σ(h_i), σ(h) = erf(h/√2), with pre-activations h ~ N(b, Q) (Q the class's overlap
 * matrix, b the biases) and target y. With δ_l = (ŷ − y) σ'(h_l), the back-propagated error:
 *
 * <pre>
 *   loss         = E[(ŷ − y)²]            = c² Σ_ij E[σ_i σ_j] − 2yc Σ_i E[σ_i] + y²
 *   meanDelta_l  = E[δ_l]                  = √(2/π) Z_l (c Σ_i E'_l[σ_i] − y)
 *   drift_jl     = E[∂δ_l / ∂h_j]          = c E[σ'_j σ'_l] + [j = l] E[(ŷ − y) σ''_l]
 *   E[(ŷ − y) σ''_l] = −E[(ŷ − y) h_l σ'_l] = −√(2/π) Z_l (c Σ_i E'_l[h_l σ_i] − y μ'_l)
 *   E[σ'_j σ'_l] = (2/π) Z_jl
 *   deltaDelta_kl = E[δ_k δ_l]             = (2/π) Z_kl (c² Σ_ij E'_kl[σ_i σ_j] − 2yc Σ_i E'_kl[σ_i] + y²)
 * </pre>
 *
 * where E'_S and Z_S are the Gaussian tilted by σ' on the coordinates S ({@link TiltedGaussian};
 * σ'_k² tilts coordinate k with weight 2). Every term is closed-form except E[σ_i σ_j], a
 * bivariate normal orthant probability ({@link ErfMoments}); nothing involves more than the four
 * pre-activations i, j, k, l, and nothing is sampled.
 *
 * @param loss       E[(ŷ − y)²]
 * @param meanDelta  E[δ_l], K values
 * @param drift      E[∂_j δ_l], K × K row-major (j, l)
 * @param deltaDelta E[δ_k δ_l], K × K row-major
 */
record ClassMoments(double loss, double[] meanDelta, double[] drift, double[] deltaDelta) {
    private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
    private static final double TWO_OVER_PI = 2 / Math.PI;

    /**
     * @param b      biases, K values. Not modified.
     * @param q      overlap matrix of the class, K × K row-major. Not modified.
     * @param c      readout factor 1/norm
     * @param target y of the class
     */
    static ClassMoments of(double[] b, double[] q, double c, double target) {
        int k = b.length;
        double loss = c * c * ErfMoments.sumOfProducts(b, q, k) - 2 * target * c * ErfMoments.sumOfMeans(b, q, k)
                + target * target;
        double[] meanDelta = new double[k];
        double[] drift = new double[k * k];
        for (int l = 0; l < k; l++) {
            TiltedGaussian t = TiltedGaussian.single(b, q, k, l, 1);
            double z = SQRT_2_OVER_PI * t.scale();
            meanDelta[l] = z * (c * ErfMoments.sumOfMeans(t.mean(), t.cov(), k) - target);
            drift[l * k + l] = -z * (c * ErfMoments.sumOfFieldTimesErf(t.mean(), t.cov(), k, l) - target * t.mean()[l]);
        }
        double[] deltaDelta = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                TiltedGaussian t = TiltedGaussian.of(b, q, k, i, 1, j, 1);
                double z = TWO_OVER_PI * t.scale();
                double dd = z * (c * c * ErfMoments.sumOfProducts(t.mean(), t.cov(), k)
                        - 2 * target * c * ErfMoments.sumOfMeans(t.mean(), t.cov(), k) + target * target);
                deltaDelta[i * k + j] = dd;
                deltaDelta[j * k + i] = dd;
                drift[i * k + j] += c * z;
                if (i != j) {
                    drift[j * k + i] += c * z;
                }
            }
        }
        return new ClassMoments(loss, meanDelta, drift, deltaDelta);
    }
}
