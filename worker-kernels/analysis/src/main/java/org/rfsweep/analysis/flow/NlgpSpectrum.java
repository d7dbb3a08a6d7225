package org.rfsweep.analysis.flow;

import org.rfsweep.data.InputConfig;
import org.rfsweep.data.Nlgp;

/**
 * The class covariances of the NLGP and of its Gaussian control (SCIENCE.md §1), which are the
 * same: E[x_i x_j] = (2/(πγ)) asin(g² C_ij / √((1 + g² C_ii)(1 + g² C_jj))) ({@link Nlgp#covariance})
 * with the latent C_ij = exp(−d²/ξ_m²) (ring distance; separable in 2-D) + jitter·δ_ij, and C itself
 * at g = 0. {@code NlgpSpectrumTest} checks the first rows against core's
 * {@code InputModel.inputCovariance}.
 */
final class NlgpSpectrum {
    private NlgpSpectrum() {
    }

    /** The spectrum of a periodic configuration (the kind, NLGP or control, does not matter). */
    static ClassSpectrum of(InputConfig c) {
        return new CirculantSpectrum(c.dim(), c.size(), firstRow(c, 0), firstRow(c, 1));
    }

    static double[] firstRow(InputConfig c, int m) {
        int size = c.size();
        double xi = c.xi().get(m);
        double[] side = new double[size];
        for (int d = 0; d < size; d++) {
            int ring = Math.min(d, size - d);
            side[d] = Math.exp(-(double) ring * ring / (xi * xi));
        }
        int n = c.pixels();
        double[] row = new double[n];
        for (int i = 0; i < n; i++) {
            row[i] = c.dim() == 1 ? side[i] : side[i / size] * side[i % size];
        }
        row[0] += c.jitter();
        if (c.gain() > 0) {
            double v = 1 + c.jitter();
            for (int i = 0; i < n; i++) {
                row[i] = Nlgp.covariance(row[i], v, v, c.gain());
            }
        }
        return row;
    }
}
