package org.rfsweep.analysis.cumulant;

/**
 * T − Σ_r γ_r u_r⊗u_r⊗u_r⊗u_r for a base tensor T and the factors found so far; its contractions
 * are T's minus Σ_r γ_r (u_r·u)³ u_r (and Σ_r γ_r (u_r·u)⁴).
 */
final class DeflatedTensor implements SymmetricTensor4 {
    private final SymmetricTensor4 base;
    private final double[] gammas;
    private final double[][] factors;

    /**
     * @param gammas  γ_r. Not modified; copied.
     * @param factors u_r, each of length N. Not modified; copied.
     */
    DeflatedTensor(SymmetricTensor4 base, double[] gammas, double[][] factors) {
        this.base = base;
        this.gammas = gammas.clone();
        this.factors = new double[factors.length][];
        for (int r = 0; r < factors.length; r++) {
            this.factors[r] = factors[r].clone();
        }
    }

    @Override
    public int dim() {
        return base.dim();
    }

    @Override
    public double contract(double[] u, double[] out) {
        double f = base.contract(u, out);
        for (int r = 0; r < factors.length; r++) {
            double[] v = factors[r];
            double d = 0;
            for (int i = 0; i < v.length; i++) {
                d += v[i] * u[i];
            }
            double c = gammas[r] * d * d * d;
            for (int i = 0; i < v.length; i++) {
                out[i] -= c * v[i];
            }
            f -= c * d;
        }
        return f;
    }
}
