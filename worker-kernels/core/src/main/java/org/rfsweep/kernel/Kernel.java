package org.rfsweep.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A training kernel: a pure function from one fully resolved {@link TrialSpec} to its
 * {@link TrialResult}.
 *
 * <p>Contract (DESIGN.md, "Kernel API"): a kernel knows no Spark type, starts no thread, prints
 * nothing and reads no global state (not even the clock); every random draw comes from streams
 * derived from the trial's seed (see {@link RandomStreams}). The same {@link TrialSpec} therefore
 * gives a bit-identical result on any executor, on the same JVM and CPU type.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader} (see {@link Kernels}) and
 * must have a public no-argument constructor.
 */
public interface Kernel {

    /** The kernel's name as written in sweep specs, e.g. {@code twolayer-sgd}. */
    String name();

    /** Version of the kernel's numerics; part of every trial_id, so bump it when results change. */
    String version();

    /** One-line description for {@code rfsweep kernels}. */
    String description();

    /** The parameter schema: the single source of truth for validation, columns and help. */
    ParamSchema schema();

    /** The scalar metrics every result carries in {@link TrialResult#scalars()}, in column order. */
    List<MetricSpec> metrics();

    /**
     * The natural x-axis and the titles of the parameters, for figures and the report; none by
     * default (parameters titled by their names).
     */
    default ParameterRoles parameterRoles() {
        return ParameterRoles.NONE;
    }

    /** The metric of that name, if the kernel reports one. */
    default Optional<MetricSpec> metric(String metricName) {
        return metrics().stream().filter(m -> m.name().equals(metricName)).findFirst();
    }

    /** The metric with role {@link MetricRole#LOCALISED_COUNT}, if the kernel counts localised units. */
    default Optional<MetricSpec> localisedCount() {
        return metrics().stream().filter(m -> m.has(MetricRole.LOCALISED_COUNT)).findFirst();
    }

    /** The metrics with role {@link MetricRole#HEADLINE}, in declaration order. */
    default List<MetricSpec> headlineMetrics() {
        return metrics().stream().filter(m -> m.has(MetricRole.HEADLINE)).toList();
    }

    /**
     * Checks constraints that involve several parameters or need computation (e.g. a covariance
     * that is not positive semi-definite), before anything runs.
     *
     * @param params resolved parameters (every schema entry present, typed). Not modified.
     * @throws InvalidParameterException naming the offending parameter
     */
    void validate(ResolvedParams params);

    /** A relative cost estimate (arbitrary units, roughly proportional to run time) for scheduling. */
    double estimateCost(ResolvedParams params);

    /**
     * A short trial of the same shape as {@code like} whose only purpose is to bring this kernel's
     * hot loops to full speed in a fresh JVM (class loading, the JIT's tiers; the vector loops
     * run 30-100 times slower until C2 has compiled them). The executor runs it once per JVM and
     * distinct warm-up trial, before the first real trial, discards its result and counts its
     * time as overhead, so a JVM's first trial runs at the steady rate. Empty by default: no
     * warm-up.
     *
     * @param like a real trial's resolved parameters. Not modified.
     */
    default Optional<TrialSpec> warmUpTrial(ResolvedParams like) {
        return Optional.empty();
    }

    /**
     * Runs one trial. A numerical divergence is reported as {@link TrialStatus#DIVERGED}; any
     * other problem may be thrown and is recorded by the caller as {@link TrialStatus#FAILED}.
     */
    TrialResult run(TrialSpec spec);

    /**
     * Which trials can run together in one {@link #runGroup}: trials whose keys are equal and not
     * null share their random draws (DESIGN.md, "Kernel API": same seed, parameters that do not
     * touch the shared part). Null, the default, means the trial runs alone. The key must be a
     * pure function of the parameters with value-based {@code equals} and {@code hashCode} (e.g. a
     * {@link String}), as the driver computes it on both sides of Spark.
     *
     * @param params resolved parameters. Not modified.
     */
    default Object groupKey(ResolvedParams params) {
        return null;
    }

    /**
     * Runs trials of one {@link #groupKey} together, drawing what they share once; returns one
     * result per spec, in the order of {@code specs}, each bit-identical to {@link #run} of that
     * spec alone. A member that diverges is that member's result and does not disturb the others.
     * An exception fails the call as a whole; the caller then runs every member alone with
     * {@link #run}, so a member with a problem of its own fails alone. The default runs the trials
     * one by one.
     *
     * @param specs trials with equal non-null group keys. Not modified.
     */
    default List<TrialResult> runGroup(List<TrialSpec> specs) {
        List<TrialResult> results = new ArrayList<>(specs.size());
        for (TrialSpec spec : specs) {
            results.add(run(spec));
        }
        return results;
    }
}
