package org.rfsweep.analysis.singleneuron;

import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;

/**
 * Parameter definitions borrowed from {@link TwoLayerSchema#PARAMS}, so that the analysis kernels
 * spell, document and range-check the shared parameters (inputs, dim, size, xi, gain, ...) exactly
 * as {@code twolayer-sgd} does and specs read the same across kernels.
 */
public final class SharedParams {
    private SharedParams() {
    }

    /** The {@code twolayer-sgd} definition of {@code name}, unchanged. */
    public static ParamDef of(String name) {
        return TwoLayerSchema.PARAMS.find(name)
                .orElseThrow(() -> new IllegalStateException("twolayer-sgd has no parameter " + name));
    }

    /** The {@code twolayer-sgd} definition of {@code name} with another default (already resolved). */
    public static ParamDef withDefault(String name, Object defaultValue) {
        ParamDef p = of(name);
        return new ParamDef(p.name(), p.type(), defaultValue, p.min(), p.minExclusive(), p.max(), p.choices(),
                p.doc());
    }
}
