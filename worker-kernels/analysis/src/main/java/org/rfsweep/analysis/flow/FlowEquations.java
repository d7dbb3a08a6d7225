package org.rfsweep.analysis.flow;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;

/**
 * The order-parameter ODEs of {@code twolayer-sgd}'s online SGD for Gaussian inputs with circulant
 * class covariances (Saad &amp; Solla, PRE 52, 1995, extended to mode-resolved overlaps as in
 * Ingrosso &amp; Goldt's appendix; SCIENCE.md §8). The network h_k = w_k·x/√N + b_k,
 * ŷ = c Σ_k erf(h_k/√2) with c = 1/norm, trained on (ŷ − y)² with first-layer rate lr·norm and bias
 * rate lr·norm/N, so that one step moves w_k by −2 lr δ_k x/√N and b_k by −2 lr δ_k / N,
 * δ_k = (ŷ − y) σ'(h_k) (the readout factor cancels in every readout with v = 1).
 *
 * <p>In the DFT basis (unitary, x̂(q) with E[x̂(q) conj x̂(q')] = λ_m(q) δ_qq') the weights enter only
 * through Ω_kl(q) = Re[conj(ŵ_k(q)) ŵ_l(q)], the class overlaps are Q^m = (1/N) Σ_q λ_m(q) Ω(q), and
 * per unit time t = steps/N, with the class average ⟨·⟩ over m (priors ½):
 *
 * <pre>
 *   dΩ_kl(q)/dt = ⟨ λ_m(q) [ −2 lr Σ_j (Ω_kj(q) D^m_jl + Ω_lj(q) D^m_jk) + (4 lr² / B) E_m[δ_k δ_l] ] ⟩
 *   db_k/dt     = −2 lr ⟨ E_m[δ_k] ⟩                                    (trained biases)
 * </pre>
 *
 * with D^m_jl = E_m[∂δ_l/∂h_j]. The first term is the mean update, exact at any N by Stein's lemma
 * (E[x̂(q) f(h)] = (λ(q)/√N) Σ_j ŵ_j(q) E[∂_j f]); the second is the N·E[|Δŵ(q)|²] of online SGD,
 * which stays finite as N grows (gradient flow drops it): E[δ_k δ_l |x̂(q)|²] = λ(q) E[δ_k δ_l]
 * exactly for a mode the weights do not touch, and up to a relative O(λ|ŵ(q)|²/N) otherwise,
 * which the limit drops. A mini-batch of B samples divides it by B. The expectations are
 * {@link ClassMoments}.
 *
 * <p>State layout: the orbits' Ω blocks (K × K each, see {@link ModeOrbits}), then the K biases.
 */
final class FlowEquations implements FirstOrderDifferentialEquations {
    private final ModeOrbits orbits;
    private final int k;
    private final int n;
    private final double c;
    private final double[] target;
    private final double lr;
    private final int batch;
    private final boolean trainBias;
    private long evaluations;

    /**
     * @param orbits    the modes and their eigenvalues
     * @param k         K
     * @param c         readout factor 1/norm
     * @param target    y of class 0 and class 1. Not modified.
     * @param lr        base learning rate
     * @param batch     mini-batch size B
     * @param trainBias whether the biases move
     */
    FlowEquations(ModeOrbits orbits, int k, double c, double[] target, double lr, int batch, boolean trainBias) {
        this.orbits = orbits;
        this.k = k;
        this.n = orbits.modes();
        this.c = c;
        this.target = target.clone();
        this.lr = lr;
        this.batch = batch;
        this.trainBias = trainBias;
    }

    @Override
    public int getDimension() {
        return orbits.count() * k * k + k;
    }

    /** Number of right-hand-side evaluations so far. */
    long evaluations() {
        return evaluations;
    }

    /** The biases of a state (a copy). */
    double[] biases(double[] y) {
        return java.util.Arrays.copyOfRange(y, orbits.count() * k * k, orbits.count() * k * k + k);
    }

    /** Q^m = (1/N) Σ_o λ_m(o) Ω(o) of a state, K × K row-major. */
    double[] overlap(double[] y, int m) {
        int kk = k * k;
        double[] q = new double[kk];
        for (int o = 0; o < orbits.count(); o++) {
            double lam = orbits.eigenvalue(m, o) / n;
            int base = o * kk;
            for (int p = 0; p < kk; p++) {
                q[p] += lam * y[base + p];
            }
        }
        return q;
    }

    /** The class-m moments at state y. */
    ClassMoments moments(double[] y, int m) {
        return ClassMoments.of(biases(y), overlap(y, m), c, target[m]);
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
        evaluations++;
        int kk = k * k;
        java.util.Arrays.fill(yDot, 0);
        int biasOff = orbits.count() * kk;
        for (int m = 0; m < 2; m++) {
            ClassMoments mom = moments(y, m);
            addModeDrift(y, yDot, m, mom);
            if (trainBias) {
                for (int j = 0; j < k; j++) {
                    yDot[biasOff + j] -= lr * mom.meanDelta()[j]; // −2 lr · ½ E_m[δ_j]
                }
            }
        }
    }

    private void addModeDrift(double[] y, double[] yDot, int m, ClassMoments mom) {
        int kk = k * k;
        double[] d = mom.drift();
        double[] dd = mom.deltaDelta();
        double[] od = new double[kk];
        for (int o = 0; o < orbits.count(); o++) {
            int base = o * kk;
            multiply(y, base, d, od);
            double half = 0.5 * orbits.eigenvalue(m, o);
            double noise = 4 * lr * lr / batch * orbits.multiplicity(o);
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    yDot[base + a * k + b] += half * (-2 * lr * (od[a * k + b] + od[b * k + a]) + noise * dd[a * k + b]);
                }
            }
        }
    }

    /** out = Ω D for the K × K block of y at base. */
    private void multiply(double[] y, int base, double[] d, double[] out) {
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double s = 0;
                for (int j = 0; j < k; j++) {
                    s += y[base + a * k + j] * d[j * k + b];
                }
                out[a * k + b] = s;
            }
        }
    }
}
