package org.rfsweep.analysis.convrfm;

import org.rfsweep.analysis.conv.Patches;
import org.rfsweep.analysis.rfm.FeatureUpdate;
import org.rfsweep.analysis.rfm.MatrixOps;

/**
 * The ConvRFM's update (Beaglehole et al., arXiv 2309.00570; SCIENCE.md §9), with a Laplace
 * kernel on patch-transformed images in place of the authors' convolutional NTK: every patch p
 * is replaced by √M p, so
 *
 * <pre>
 *   ‖Φ(x) − Φ(z)‖² = Σ_p (p_p(x) − p_p(z))ᵀ M (p_p(x) − p_p(z)) = (x − z)ᵀ lift(M) (x − z)
 *   K(x, z)       = exp(−‖Φ(x) − Φ(z)‖ / L)
 * </pre>
 *
 * i.e. the RFM's Laplace kernel with the image metric lift(M) = Σ_p U_pᵀ M U_p
 * ({@link Patches#lift}). The gradient with respect to patch p as an independent input is
 * ∇_p f(x) = M U_p g(x), with g the RFM's gradient direction, so the patch-AGOP over the training
 * points is M fold(Q) M with Q = (1/n) Σ_j g_j g_jᵀ ({@link Patches#fold}); M is then normalised
 * to unit Frobenius norm, and M₀ = I/‖I‖_F.
 */
public final class ConvRfm implements FeatureUpdate {
    private final Patches patches;

    /** @param patches the patches of the conv layer M acts on (size, stride 1, padding) */
    public ConvRfm(Patches patches) {
        this.patches = patches;
    }

    @Override
    public double[] initial() {
        double[] m = MatrixOps.identity(patches.taps());
        return normalised(m);
    }

    @Override
    public double[] imageMetric(double[] m) {
        return patches.lift(m);
    }

    @Override
    public double[] next(double[] m, double[] q) {
        return normalised(MatrixOps.sandwich(m, patches.fold(q), patches.taps()));
    }

    private static double[] normalised(double[] m) {
        double norm = MatrixOps.frobenius(m);
        if (!(norm > 0) || Double.isInfinite(norm)) {
            throw new IllegalStateException("the patch-AGOP of the kernel predictor is zero or not finite (Frobenius "
                    + "norm " + norm + "): nothing to normalise");
        }
        for (int i = 0; i < m.length; i++) {
            m[i] /= norm;
        }
        return m;
    }
}
