package org.rfsweep.data;

/**
 * The multivariate t with ν degrees of freedom, unit variance: x = z · √((ν − 2)/W), W ~ χ²_ν
 * independent of z (E[(ν − 2)/W] = 1, so Cov(x) = C). Its marginal is a scaled t_ν, excess
 * kurtosis 6/(ν − 4) for ν &gt; 4 (infinite for 2 &lt; ν ≤ 4, which the resolver refuses).
 *
 * <p>Implementation note: W = 2 Γ(ν/2) by Marsaglia &amp; Tsang, "A simple method for generating
 * gamma variables" (ACM TOMS 26, 2000), for shape a = ν/2 &gt; 2 ≥ 1, hand-written on the stream's
 * own normals and words (Commons RNG's sampler would need the provider the stream owns);
 * the expected number of trials per draw is below 1.05 for a ≥ 2.
 */
final class StudentTRadius extends RadialLaw {
    private final double nu;
    private final double d;
    private final double c;

    StudentTRadius(double nu) {
        this.nu = nu;
        this.d = nu / 2 - 1.0 / 3;
        this.c = 1 / Math.sqrt(9 * d);
    }

    @Override
    String name() {
        return "student-t";
    }

    @Override
    double shape() {
        return nu;
    }

    /**
     * x = z √((ν − 2)/W), W ~ χ²_ν: E|x_i| = √(2 C_ii/π) √(ν − 2) E[W^(−1/2)] with
     * E[W^(−1/2)] = Γ((ν − 1)/2)/(√2 Γ(ν/2)).
     */
    @Override
    double meanAbsPixel(double latentVariance, int pixels) {
        double inverseRoot = Math.exp(org.apache.commons.math3.special.Gamma.logGamma((nu - 1) / 2)
                - org.apache.commons.math3.special.Gamma.logGamma(nu / 2)) / Math.sqrt(2);
        return Math.sqrt(2 * latentVariance / Math.PI) * Math.sqrt(nu - 2) * inverseRoot;
    }

    @Override
    double excessKurtosis(int pixels) {
        return 6 / (nu - 4);
    }

    @Override
    boolean needsWhiteNorm() {
        return false;
    }

    @Override
    double factor(BulkNormals random, double whiteNormSq, int pixels) {
        return Math.sqrt((nu - 2) / (2 * gamma(random)));
    }

    /** One Γ(ν/2, 1) draw. */
    private double gamma(BulkNormals random) {
        while (true) {
            double x = random.nextNormal();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = openUniform(random);
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
