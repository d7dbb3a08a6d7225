package org.rfsweep.analysis.cumulant;

/**
 * A symmetric fourth-order tensor T on R^N known only through its contractions, so that it never
 * needs its N⁴ entries stored.
 */
public interface SymmetricTensor4 {

    /** N, the length of each mode. */
    int dim();

    /**
     * Writes T(u, u, u)_i = Σ_jkl T_ijkl u_j u_k u_l into {@code out} and returns
     * T(u, u, u, u) = u · T(u, u, u).
     *
     * @param u   a vector of length N. Not modified.
     * @param out destination, length N. Modified.
     */
    double contract(double[] u, double[] out);
}
