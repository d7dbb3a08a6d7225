package org.rfsweep.kernel.twolayer;

import java.util.Locale;

/**
 * How the hidden biases b_k behave (SCIENCE.md §3). In every mode the neurons form two groups, as
 * in the authors' code: the first ⌊K/2⌋ neurons (the "+b" group) and the rest (the "−b" group).
 */
public enum BiasMode {
    /** b_k = 0, fixed. An erf network cannot learn the task then (σ odd, inputs sign-symmetric). */
    ZERO,
    /** b_k = +bias_init for the first ⌊K/2⌋ neurons, −bias_init for the rest, fixed. */
    FIXED,
    /** Initialised as {@link #FIXED}, then trained with the first-layer rate divided by N. */
    TRAINED;

    /** Parses the schema's spelling, e.g. {@code trained}. */
    public static BiasMode parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The initial bias of neuron {@code k} of {@code width}. */
    public double initial(int k, int width, double biasInit) {
        if (this == ZERO) {
            return 0;
        }
        return k < width / 2 ? biasInit : -biasInit;
    }
}
