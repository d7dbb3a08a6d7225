package org.rfsweep.analysis.flow;

/**
 * The N Fourier modes of the periodic grid grouped in orbits {q, −q}. For real weights ŵ(−q) is
 * the conjugate of ŵ(q) and every circulant covariance has λ(−q) = λ(q), so the overlaps
 * Ω_kl(q) = Re[conj(ŵ_k(q)) ŵ_l(q)] of both members are equal and obey the same equation; the
 * flow carries one Ω per orbit, the sum over its members (1 or 2 modes in 1-D, 1, 2 or 4 … in
 * 2-D only the ± pairs are merged).
 */
final class ModeOrbits {
    private final int dim;
    private final int size;
    private final int modes;
    private final int[] orbitOfMode;
    private final int[] multiplicity;
    private final double[][] lambda;

    private ModeOrbits(int dim, int size, int[] orbitOfMode, int[] multiplicity, double[][] lambda) {
        this.dim = dim;
        this.size = size;
        this.modes = orbitOfMode.length;
        this.orbitOfMode = orbitOfMode;
        this.multiplicity = multiplicity;
        this.lambda = lambda;
    }

    /** The orbits of the spectrum's grid, with each orbit's eigenvalue per class (the members' mean). */
    static ModeOrbits of(ClassSpectrum spectrum) {
        int dim = spectrum.dim();
        int size = spectrum.size();
        int n = dim == 1 ? size : size * size;
        int[] orbit = new int[n];
        java.util.Arrays.fill(orbit, -1);
        int count = 0;
        int[] mult = new int[n];
        for (int q = 0; q < n; q++) {
            if (orbit[q] < 0) {
                int minus = negate(q, dim, size);
                orbit[q] = count;
                orbit[minus] = count;
                mult[count] = minus == q ? 1 : 2;
                count++;
            }
        }
        double[][] lam = new double[2][count];
        for (int m = 0; m < 2; m++) {
            double[] eig = spectrum.eigenvalues(m);
            for (int q = 0; q < n; q++) {
                lam[m][orbit[q]] += eig[q] / mult[orbit[q]];
            }
        }
        return new ModeOrbits(dim, size, orbit, java.util.Arrays.copyOf(mult, count), lam);
    }

    private static int negate(int q, int dim, int size) {
        if (dim == 1) {
            return (size - q) % size;
        }
        return ((size - q / size) % size) * size + (size - q % size) % size;
    }

    /** Number of orbits. */
    int count() {
        return multiplicity.length;
    }

    /** N, the number of modes. */
    int modes() {
        return modes;
    }

    /** Members of orbit o (1 or 2). */
    int multiplicity(int o) {
        return multiplicity[o];
    }

    /** λ_m of orbit o. */
    double eigenvalue(int m, int o) {
        return lambda[m][o];
    }

    /** The orbit of mode q (pixel order). */
    int orbitOf(int q) {
        return orbitOfMode[q];
    }

    /**
     * The overlaps of the weights: Ω_kl(o) = Σ_{q ∈ o} Re[conj(ŵ_k(q)) ŵ_l(q)] with the unitary DFT
     * ŵ(q) = N^{−1/2} Σ_i w_i e^{−2πi q·i/size}, so that Σ_o Ω_kl(o) = w_k · w_l (Parseval).
     *
     * @param w K rows of N weights. Not modified.
     * @return count() blocks of K × K row-major values
     */
    double[] overlaps(double[][] w) {
        int k = w.length;
        double[][] re = new double[k][modes];
        double[][] im = new double[k][modes];
        double[] cos = new double[size];
        double[] sin = new double[size];
        for (int j = 0; j < size; j++) {
            cos[j] = Math.cos(2 * Math.PI * j / size);
            sin[j] = Math.sin(2 * Math.PI * j / size);
        }
        double norm = 1 / Math.sqrt(modes);
        for (int r = 0; r < k; r++) {
            for (int q = 0; q < modes; q++) {
                double a = 0;
                double b = 0;
                for (int i = 0; i < modes; i++) {
                    int p = FourierGrid.phaseIndex(dim, size, q, i);
                    a += w[r][i] * cos[p];
                    b -= w[r][i] * sin[p];
                }
                re[r][q] = a * norm;
                im[r][q] = b * norm;
            }
        }
        double[] omega = new double[count() * k * k];
        for (int q = 0; q < modes; q++) {
            int base = orbitOfMode[q] * k * k;
            for (int r = 0; r < k; r++) {
                for (int s = 0; s < k; s++) {
                    omega[base + r * k + s] += re[r][q] * re[s][q] + im[r][q] * im[s][q];
                }
            }
        }
        return omega;
    }

}
