package org.rfsweep.data;

import java.util.HashMap;
import java.util.Map;

/**
 * A family's exact input covariance E[x_i x_j] = K(C_ij, C_ii, C_jj) over a latent covariance,
 * evaluated once per distinct latent entry: on a periodic grid C takes only about N/2 (1-D) or
 * (size/2)²/2 (2-D) distinct values, and NORTA's h(ρ) costs a quadrature each (SCIENCE.md §7).
 */
final class FamilyCovariance {
    private FamilyCovariance() {
    }

    /** K at every entry of a first row whose diagonal entries are all v. */
    static double[] apply(InputFamily family, double[] row, double v) {
        Map<Long, Double> seen = new HashMap<>();
        double[] out = new double[row.length];
        for (int k = 0; k < row.length; k++) {
            double c = row[k];
            out[k] = seen.computeIfAbsent(Double.doubleToLongBits(c), b -> family.covariance(c, v, v));
        }
        return out;
    }

    /** K over a dense n × n latent covariance, row-major. */
    static double[] dense(InputFamily family, double[] latent, int n) {
        Map<Long, Double> seen = new HashMap<>();
        double v = latent[0];
        double[] k = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double c = latent[i * n + j];
                double cii = latent[i * n + i];
                double cjj = latent[j * n + j];
                k[i * n + j] = cii == v && cjj == v
                        ? seen.computeIfAbsent(Double.doubleToLongBits(c), b -> family.covariance(c, v, v))
                        : family.covariance(c, cii, cjj);
            }
        }
        return k;
    }
}
