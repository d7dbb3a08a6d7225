package org.rfsweep.analysis.cumulant;

/** A symmetric 4-tensor with all N⁴ entries stored: the naive reference for small N. */
final class ExplicitTensor implements SymmetricTensor4 {
    final int n;
    final double[] t;

    ExplicitTensor(int n, double[] t) {
        this.n = n;
        this.t = t;
    }

    /**
     * The empirical fourth cumulant of the samples with the given covariance, entry by entry:
     * T_ijkl = (1/S) Σ_s x_si x_sj x_sk x_sl − (C_ij C_kl + C_ik C_jl + C_il C_jk).
     */
    static ExplicitTensor cumulant(ClassSamples samples, double[] c) {
        int n = samples.n;
        double[] t = new double[n * n * n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    for (int l = 0; l < n; l++) {
                        double m = 0;
                        for (int s = 0; s < samples.count; s++) {
                            int o = s * n;
                            m += samples.x[o + i] * samples.x[o + j] * samples.x[o + k] * samples.x[o + l];
                        }
                        t[((i * n + j) * n + k) * n + l] = m / samples.count
                                - (c[i * n + j] * c[k * n + l] + c[i * n + k] * c[j * n + l] + c[i * n + l] * c[j * n + k]);
                    }
                }
            }
        }
        return new ExplicitTensor(n, t);
    }

    /** Σ_r γ_r u_r⊗u_r⊗u_r⊗u_r. */
    static ExplicitTensor planted(double[] gamma, double[][] u) {
        int n = u[0].length;
        double[] t = new double[n * n * n * n];
        for (int r = 0; r < gamma.length; r++) {
            double[] v = u[r];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    for (int k = 0; k < n; k++) {
                        for (int l = 0; l < n; l++) {
                            t[((i * n + j) * n + k) * n + l] += gamma[r] * v[i] * v[j] * v[k] * v[l];
                        }
                    }
                }
            }
        }
        return new ExplicitTensor(n, t);
    }

    @Override
    public int dim() {
        return n;
    }

    @Override
    public double contract(double[] u, double[] out) {
        double f = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    for (int l = 0; l < n; l++) {
                        s += t[((i * n + j) * n + k) * n + l] * u[j] * u[k] * u[l];
                    }
                }
            }
            out[i] = s;
            f += u[i] * s;
        }
        return f;
    }
}
