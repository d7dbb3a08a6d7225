package org.rfsweep.analysis.effective;

/**
 * LSG25's effective single-neuron dynamics, exactly as SCIENCE.md §8 states it (Lufkin, Saxe &amp;
 * Grant, arXiv 2501.17284): for a ReLU neuron without bias, target 1 on the class of covariance
 * Σ₊ (our class 0, ξ0) and 0 on the other (Σ₋), class priors ½,
 *
 * <pre>
 *   w ← w + τ [φ(a) − (Σ₊ + Σ₋) w],   a = Σ₊ w / √(wᵀ Σ₊ w),  |a_i| clipped to ≤ 1
 * </pre>
 *
 * with the elementwise amplifier φ of the pixel marginal ({@link Amplifier}). This is gradient
 * descent on ½ E[(relu(w·x) − y)²]·2 under the assumption that w·x given x_i is Gaussian: then
 * E[relu(w·x) x] = ½ Σ w by symmetry and E₊[1(w·x &gt; 0) x_i] = ½ φ(a_i), so the gradient of
 * {@code single-neuron}'s loss (the mean of (ŷ − y)², no ½) is ½[(Σ₊ + Σ₋) w − φ(a)] and a step of
 * learning rate lr is τ = lr/2. Dense Σ: N ≤ a few thousand.
 */
final class EffectiveFlow {
    private final double[] sigmaPlus;
    private final double[] sigmaMinus;
    private final Amplifier amplifier;
    private final double tau;
    private final int n;
    private final double[] sp;
    private final double[] sm;
    private double aMax;

    /**
     * @param sigmaPlus  Σ₊, N × N row-major. Not modified.
     * @param sigmaMinus Σ₋. Not modified.
     * @param tau        the step τ
     */
    EffectiveFlow(double[] sigmaPlus, double[] sigmaMinus, Amplifier amplifier, double tau) {
        this.n = (int) Math.round(Math.sqrt(sigmaPlus.length));
        this.sigmaPlus = sigmaPlus;
        this.sigmaMinus = sigmaMinus;
        this.amplifier = amplifier;
        this.tau = tau;
        this.sp = new double[n];
        this.sm = new double[n];
    }

    /**
     * One step in place.
     *
     * @param w weights. Modified.
     * @return false when wᵀΣ₊w is not positive and finite or a weight is not finite
     */
    boolean step(double[] w) {
        multiply(sigmaPlus, w, sp);
        multiply(sigmaMinus, w, sm);
        double quad = 0;
        for (int i = 0; i < n; i++) {
            quad += w[i] * sp[i];
        }
        if (!(quad > 0) || Double.isInfinite(quad)) {
            return false;
        }
        double norm = Math.sqrt(quad);
        aMax = 0;
        boolean finite = true;
        for (int i = 0; i < n; i++) {
            double a = sp[i] / norm;
            aMax = Math.max(aMax, Math.abs(a));
            w[i] += tau * (amplifier.value(Math.max(-1, Math.min(1, a))) - sp[i] - sm[i]);
            finite &= Double.isFinite(w[i]);
        }
        return finite;
    }

    /** max |a_i| of the last step, before clipping. */
    double aMax() {
        return aMax;
    }

    private void multiply(double[] m, double[] w, double[] out) {
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += m[i * n + j] * w[j];
            }
            out[i] = s;
        }
    }
}
