package org.rfsweep.metrics;

/**
 * The inverse participation ratio IPR(w) = Σ w_i⁴ / (Σ w_i²)² (SCIENCE.md §4), in [1/N, 1]:
 * 1 for a one-hot vector, 1.5/N for a pure sinusoid, ≈ 3/(N+2) in expectation for a Gaussian
 * random vector. (The authors' helper of this name returns the reciprocal, the participation
 * ratio; this is not it.)
 */
public final class Ipr {
    private Ipr() {
    }

    /**
     * IPR of {@code w[off .. off + n)}, both sums compensated; NaN for a zero vector.
     *
     * @param w weights. Not modified.
     */
    public static double of(double[] w, int off, int n) {
        CompensatedSum s2 = new CompensatedSum();
        CompensatedSum s4 = new CompensatedSum();
        for (int i = off; i < off + n; i++) {
            double q = w[i] * w[i];
            s2.add(q);
            s4.add(q * q);
        }
        double norm2 = s2.value();
        return norm2 > 0 ? s4.value() / (norm2 * norm2) : Double.NaN;
    }

    /** IPR of the whole vector. */
    public static double of(double[] w) {
        return of(w, 0, w.length);
    }

    /** E[IPR] of an N-dimensional standard Gaussian vector to leading order: 3/(N+2). */
    public static double randomLevel(int n) {
        return 3.0 / (n + 2);
    }

    /** The localisation threshold: three times the random level, 9/(N+2). */
    public static double localisedThreshold(int n) {
        return 3 * randomLevel(n);
    }
}
