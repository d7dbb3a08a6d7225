package org.rfsweep.analysis.flow;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.rfsweep.math.Erf;

/**
 * The predicted accuracy P(ŷ on the correct side of the threshold) of the erf network for a class
 * with pre-activations h ~ N(b, Q). ŷ = c Σ_k erf(h_k/√2) is a sum of K dependent erfs whose
 * distribution has no closed form, so this is the one approximate quantity of the flow: a
 * quasi-Monte-Carlo integral over the K pre-activations (never over inputs), with the first
 * {@code points} points of the K-dimensional Sobol sequence (commons-math3, Joe–Kuo directions)
 * mapped to N(b, Q) by the inverse normal distribution function and a symmetric square root of Q.
 * The points are fixed, so the result is deterministic; {@link #errorEstimate} compares it with
 * the first half of the points.
 */
final class AccuracyQuadrature {
    private static final double SQRT_HALF = Math.sqrt(0.5);
    private final int k;
    private final int points;
    /** points × K standard normal coordinates. */
    private final double[] z;

    AccuracyQuadrature(int k, int points) {
        this.k = k;
        this.points = points;
        this.z = new double[points * k];
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(k);
        sobol.nextVector(); // the first point is the origin, which maps to −∞
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        for (int p = 0; p < points; p++) {
            double[] u = sobol.nextVector();
            for (int j = 0; j < k; j++) {
                z[p * k + j] = normal.inverseCumulativeProbability(u[j]);
            }
        }
    }

    /**
     * P(ŷ ≥ threshold) (positive) or P(ŷ &lt; threshold) over the first {@code count} points.
     *
     * @param b biases, K. Not modified.
     * @param q covariance, K × K row-major. Not modified.
     */
    double probability(double[] b, double[] q, double c, double threshold, boolean positive, int count) {
        double[] root = squareRoot(q);
        long hits = 0;
        for (int p = 0; p < count; p++) {
            double yHat = 0;
            for (int a = 0; a < k; a++) {
                double s = b[a];
                for (int j = 0; j < k; j++) {
                    s += root[a * k + j] * z[p * k + j];
                }
                yHat += Erf.erf(s * SQRT_HALF);
            }
            yHat *= c;
            if ((yHat >= threshold) == positive) {
                hits++;
            }
        }
        return (double) hits / count;
    }

    /** Over all points. */
    double probability(double[] b, double[] q, double c, double threshold, boolean positive) {
        return probability(b, q, c, threshold, positive, points);
    }

    /** |P(all points) − P(first half)|: a rough error estimate of the QMC integral. */
    double errorEstimate(double[] b, double[] q, double c, double threshold, boolean positive) {
        return Math.abs(probability(b, q, c, threshold, positive, points)
                - probability(b, q, c, threshold, positive, points / 2));
    }

    /** The symmetric square root V √Λ Vᵀ of a PSD matrix, negative rounding in Λ taken as 0. */
    private double[] squareRoot(double[] q) {
        RealMatrix m = new Array2DRowRealMatrix(k, k);
        for (int a = 0; a < k; a++) {
            for (int j = 0; j < k; j++) {
                m.setEntry(a, j, 0.5 * (q[a * k + j] + q[j * k + a]));
            }
        }
        EigenDecomposition eig = new EigenDecomposition(m);
        double[] ev = eig.getRealEigenvalues();
        RealMatrix v = eig.getV();
        double[] root = new double[k * k];
        for (int a = 0; a < k; a++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int e = 0; e < k; e++) {
                    s += v.getEntry(a, e) * Math.sqrt(Math.max(0, ev[e])) * v.getEntry(j, e);
                }
                root[a * k + j] = s;
            }
        }
        return root;
    }
}
