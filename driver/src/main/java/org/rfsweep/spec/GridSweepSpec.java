package org.rfsweep.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialSpec;

/**
 * A validated sweep: fixed values plus axes whose cartesian product is the set of trials.
 * Immutable; built only by {@link SweepSpecLoader}.
 */
public final class GridSweepSpec implements SweepSpec {
    private final String name;
    private final Kernel kernel;
    private final String description;
    private final String sourceName;
    private final String sourceText;
    private final Map<String, Object> fixed;
    private final List<Axis> axes;
    private final long trialCount;
    private final String specHash;

    GridSweepSpec(String name, Kernel kernel, String description, String sourceName, String sourceText,
                  Map<String, Object> fixed, List<Axis> axes) {
        this.name = Objects.requireNonNull(name);
        this.kernel = Objects.requireNonNull(kernel);
        this.description = Objects.requireNonNull(description);
        this.sourceName = Objects.requireNonNull(sourceName);
        this.sourceText = Objects.requireNonNull(sourceText);
        this.fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        this.axes = List.copyOf(axes);
        this.trialCount = TrialLimit.count(axes).longValueExact();
        this.specHash = SpecHash.of(this);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Kernel kernel() {
        return kernel;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String specHash() {
        return specHash;
    }

    @Override
    public String sourceText() {
        return sourceText;
    }

    /** Where the spec came from (its file name), as given to the loader. */
    public String sourceName() {
        return sourceName;
    }

    /** The values under {@code fixed}, resolved, in spec order. */
    public Map<String, Object> fixedValues() {
        return fixed;
    }

    @Override
    public List<String> sweptParameters() {
        List<String> swept = new ArrayList<>();
        axes.forEach(a -> swept.addAll(a.parameters()));
        return Collections.unmodifiableList(swept);
    }

    @Override
    public long trialCount() {
        return trialCount;
    }

    @Override
    public Iterator<TrialSpec> trials() {
        return new TrialIterator(kernel, fixed, axes);
    }

    /** Every parameter of a trial that is not swept, fixed or defaulted: the same in every trial. */
    public ResolvedParams baseParams() {
        return kernel.schema().resolve(fixed);
    }

    List<Axis> axes() {
        return axes;
    }

    /**
     * The parameters of the axis that sweeps {@code parameter}: {@code [parameter]} for a grid axis,
     * every member for a zip group; empty when {@code parameter} is not swept.
     */
    public List<String> axisParameters(String parameter) {
        for (Axis a : axes) {
            if (a.parameters().contains(parameter)) {
                return a.parameters();
            }
        }
        return List.of();
    }

    @Override
    public String toString() {
        return "sweep " + name + " (" + kernel.name() + ", " + trialCount + " trials, " + sourceName + ")";
    }
}
