package org.rfsweep.analysis.cumulant;

/**
 * A shifted symmetric higher-order power method (SS-HOPM, Kolda &amp; Mayo, SIAM J. Matrix Anal.
 * Appl. 32(4) 2011) for a Z-eigenpair of a symmetric 4-tensor: it maximises s·T(u,u,u,u) on the unit
 * sphere, s = +1 for the most positive eigenvalue, s = −1 for the most negative one (NLGP's
 * cumulant is negative: s = −1 is SS-HOPM on −T).
 *
 * <p>Iteration: u ← (u + η s T(u,u,u)) / ‖·‖, which is SS-HOPM with shift α = 1/η. Kolda &amp; Mayo
 * prove monotone convergence for a large enough fixed shift; here the shift adapts instead: a step
 * is accepted only if s·T(u⁴) does not decrease (else η is halved and the step retried), and η
 * doubles after each accepted step, so the iteration is monotone without knowing the tensor's
 * bound. It stops when u moves by less than {@code tol} (Euclidean), after {@code maxIter}
 * accepted steps, or when no step of size down to 2⁻⁴⁰ of the first improves (a stationary point
 * to rounding).
 */
final class PowerMethod {
    private static final int MAX_HALVINGS = 40;

    private final SymmetricTensor4 t;
    private final int n;
    private final double[] g;
    private final double[] gc;
    private final double[] cand;

    PowerMethod(SymmetricTensor4 t) {
        this.t = t;
        this.n = t.dim();
        this.g = new double[n];
        this.gc = new double[n];
        this.cand = new double[n];
    }

    /**
     * One eigenpair from the start {@code u}.
     *
     * @param u    start vector (any non-zero length); overwritten with the unit eigenvector. Modified.
     * @param sign +1 or −1
     * @return the eigenvalue T(u,u,u,u) and the iterations taken
     */
    Eigenpair run(double[] u, int sign, int maxIter, double tol) {
        normalise(u);
        double f = sign * t.contract(u, g);
        double eta = 1 / Math.max(norm(g), Double.MIN_NORMAL);
        int it = 0;
        while (it < maxIter) {
            double fc = Double.NaN;
            int halvings = 0;
            while (halvings <= MAX_HALVINGS) {
                for (int i = 0; i < n; i++) {
                    cand[i] = u[i] + eta * sign * g[i];
                }
                normalise(cand);
                fc = sign * t.contract(cand, gc);
                if (fc >= f) {
                    break;
                }
                eta *= 0.5;
                halvings++;
            }
            if (!(fc >= f)) {
                break; // no ascent step left: stationary to rounding
            }
            double moved = distance(u, cand);
            System.arraycopy(cand, 0, u, 0, n);
            System.arraycopy(gc, 0, g, 0, n);
            f = fc;
            eta *= 2;
            it++;
            if (moved < tol) {
                break;
            }
        }
        return new Eigenpair(sign * f, it);
    }

    /**
     * @param value      T(u,u,u,u) at the final u
     * @param iterations accepted steps
     */
    record Eigenpair(double value, int iterations) {
    }

    static void normalise(double[] u) {
        double s = norm(u);
        if (!(s > 0) || !Double.isFinite(s)) {
            throw new IllegalArgumentException("cannot normalise a vector of norm " + s);
        }
        for (int i = 0; i < u.length; i++) {
            u[i] /= s;
        }
    }

    static double norm(double[] u) {
        double s = 0;
        for (double v : u) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
