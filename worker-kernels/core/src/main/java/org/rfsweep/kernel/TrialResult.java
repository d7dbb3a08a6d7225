package org.rfsweep.kernel;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a kernel returns for one trial. Everything travels back to the driver as data.
 *
 * @param status       ok, diverged or failed
 * @param message      null when ok; the reason otherwise
 * @param divergedStep the SGD step at which NaN/Inf appeared, or -1
 * @param steps        SGD steps actually taken
 * @param scalars      the kernel's {@link Kernel#metrics()} by name, in that order (NaN when
 *                     unavailable, e.g. after divergence)
 * @param trajectory   the time series (empty for a failed trial)
 * @param neurons      per-neuron final receptive fields (empty for a failed trial)
 */
public record TrialResult(TrialStatus status, String message, long divergedStep, long steps,
                          Map<String, Double> scalars, Trajectory trajectory, List<NeuronResult> neurons)
        implements Serializable {

    public TrialResult {
        Objects.requireNonNull(status, "status");
        scalars = Collections.unmodifiableMap(new LinkedHashMap<>(scalars));
        Objects.requireNonNull(trajectory, "trajectory");
        neurons = List.copyOf(neurons);
    }

    /** A failed trial: no metrics, the exception's message. */
    public static TrialResult failed(String message) {
        return new TrialResult(TrialStatus.FAILED, message, -1, 0, Map.of(), Trajectory.EMPTY, List.of());
    }

    /** The named scalar, or NaN if absent. */
    public double scalar(String name) {
        Double v = scalars.get(name);
        return v == null ? Double.NaN : v;
    }
}
