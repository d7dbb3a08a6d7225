package org.rfsweep.kernel.twolayer;

import java.util.Locale;

/**
 * The second layer of the two-layer network ŷ = Σ_k v_k σ(h_k) / norm (SCIENCE.md §3), with the
 * learning-rate rules of the authors' code (sgoldt/conv_emerge, {@code conv_emerge_online.py}):
 * the first-layer rate is scaled so that every mode learns on the same time scale t = steps/N.
 */
public enum Readout {
    /** v_k = 1, norm K, fixed; first-layer rate lr·K (the authors' {@code mf}). */
    MEAN_FIELD,
    /** v_k = 1, norm 1, fixed; first-layer rate lr (the authors' {@code conv}). */
    COMMITTEE,
    /** v_k = 1, norm √K, fixed; first-layer rate lr·√K (the authors' {@code lazy}). */
    LAZY,
    /** v_k ~ N(0, init_std²), norm 1, trained with rate lr/N (the authors' {@code 2layer}). */
    TRAINED;

    /** Parses the schema's spelling, e.g. {@code mean-field}. */
    public static Readout parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The divisor of the output sum for a network of {@code k} hidden neurons. */
    public double norm(int k) {
        switch (this) {
            case MEAN_FIELD:
                return k;
            case LAZY:
                return Math.sqrt(k);
            default:
                return 1;
        }
    }

    /**
     * The factor multiplying the base learning rate of the first layer (and, divided by N, the
     * bias). It equals the output divisor in every mode: the authors scale the rate so that each
     * mode learns on the same time scale t = steps/N.
     */
    public double firstLayerRateFactor(int k) {
        return norm(k);
    }

    /** Whether the second-layer weights are trained. */
    public boolean trained() {
        return this == TRAINED;
    }
}
