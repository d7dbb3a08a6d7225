package org.rfsweep.kernel;

import java.io.Serializable;
import java.util.Objects;

/**
 * One fully resolved trial: the kernel, its version, every parameter value, and the
 * content-addressed trial_id (DESIGN.md, "Identity"). This is all an executor receives.
 *
 * @param kernel        kernel name
 * @param kernelVersion kernel version
 * @param params        every parameter, resolved and typed (seed included)
 * @param trialId       hash of the canonical form of (kernel, version, params)
 */
public record TrialSpec(String kernel, String kernelVersion, ResolvedParams params, String trialId)
        implements Serializable {

    public TrialSpec {
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(kernelVersion, "kernelVersion");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(trialId, "trialId");
    }

    /** Builds the spec of a trial of {@code kernel} with {@code params}, computing its id. */
    public static TrialSpec of(Kernel kernel, ResolvedParams params) {
        return new TrialSpec(kernel.name(), kernel.version(), params,
                trialIdOf(kernel.name(), kernel.version(), params));
    }

    /**
     * The trial_id: the first 80 bits (20 hex digits) of SHA-256 over
     * {@code kernel|version|canonical params}. The same trial in any sweep has the same id.
     */
    public static String trialIdOf(String kernel, String version, ResolvedParams params) {
        return Sha256.hex(kernel + "|" + version + "|" + params.canonicalForm(), 10);
    }
}
