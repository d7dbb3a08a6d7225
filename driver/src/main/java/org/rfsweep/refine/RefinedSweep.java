package org.rfsweep.refine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.spec.SweepSpec;
import org.rfsweep.table.PhaseColumns;

/**
 * A sweep spec plus the values {@code refine} added ({@link RefinedPoint}s): its trials are the
 * spec's, then for each point, in record order, the trials of the matching grid points (all their
 * seeds, every other parameter unchanged) with the refined axis set to the point's value. Name,
 * kernel, spec hash and swept parameters are the spec's, so the new trials get trial ids by the
 * usual rule and land in the same partition with the same provenance.
 */
public final class RefinedSweep implements SweepSpec {
    private final SweepSpec base;
    private final List<TrialSpec> extra;

    RefinedSweep(SweepSpec base, List<RefinedPoint> points) {
        this.base = base;
        this.extra = expand(base, points);
    }

    /** The trials the points add, in record order (a trial the spec already has may reappear; planners dedupe). */
    public List<TrialSpec> extraTrials() {
        return extra;
    }

    private static List<TrialSpec> expand(SweepSpec base, List<RefinedPoint> points) {
        Kernel kernel = base.kernel();
        Map<String, Map<SortedMap<String, String>, List<TrialSpec>>> templatesByAxis = new HashMap<>();
        List<TrialSpec> extra = new ArrayList<>();
        for (RefinedPoint p : points) {
            List<String> others = otherParameters(base, p.axis());
            List<TrialSpec> templates = templatesByAxis
                    .computeIfAbsent(p.axis(), a -> templates(base.trials(), kernel, a, others))
                    .get(p.at());
            if (templates == null) { // a point refined on another axis's added value
                templates = templates(extra.iterator(), kernel, p.axis(), others).get(p.at());
            }
            if (templates == null) {
                continue; // that grid point is no longer in the spec
            }
            for (TrialSpec t : templates) {
                Map<String, Object> raw = new HashMap<>(t.params().asMap());
                // an optional parameter left unset (NaN, e.g. shape beside kurtosis) is absent from a
                // spec, and a NaN given explicitly is refused: leave it unset again
                raw.keySet().removeIf(name -> kernel.schema().find(name)
                        .map(def -> def.unsetByDefault() && def.isDefault(raw.get(name))).orElse(false));
                raw.put(p.axis(), p.value());
                extra.add(TrialSpec.of(kernel, kernel.schema().resolve(raw)));
            }
        }
        return List.copyOf(extra);
    }

    /** The swept parameters other than {@code axis} and the seed: what identifies a bracket's grid points. */
    static List<String> otherParameters(SweepSpec spec, String axis) {
        List<String> others = new ArrayList<>(spec.sweptParameters());
        others.remove(axis);
        others.remove(PhaseColumns.SEED);
        return others;
    }

    /**
     * For every combination of the {@code others}, the trials at the first value of {@code axis}
     * met in {@code trials}: one per seed (the replicates a new axis value is run with).
     */
    private static Map<SortedMap<String, String>, List<TrialSpec>> templates(
            Iterator<TrialSpec> trials, Kernel kernel, String axis, List<String> others) {
        Map<SortedMap<String, String>, List<TrialSpec>> byKey = new HashMap<>();
        Map<SortedMap<String, String>, Object> axisValue = new HashMap<>();
        while (trials.hasNext()) {
            TrialSpec t = trials.next();
            SortedMap<String, String> key = new TreeMap<>(GridPointKey.of(kernel.schema(), t.params(), others));
            Object v = t.params().get(axis);
            Object first = axisValue.putIfAbsent(key, v);
            if (first == null || first.equals(v)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
            }
        }
        return byKey;
    }

    @Override
    public String name() {
        return base.name();
    }

    @Override
    public Kernel kernel() {
        return base.kernel();
    }

    @Override
    public String description() {
        return base.description();
    }

    @Override
    public String specHash() {
        return base.specHash();
    }

    @Override
    public String sourceText() {
        return base.sourceText();
    }

    @Override
    public List<String> sweptParameters() {
        return base.sweptParameters();
    }

    @Override
    public long trialCount() {
        return base.trialCount() + extra.size();
    }

    @Override
    public Iterator<TrialSpec> trials() {
        Iterator<TrialSpec> first = base.trials();
        Iterator<TrialSpec> second = extra.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return first.hasNext() || second.hasNext();
            }

            @Override
            public TrialSpec next() {
                return first.hasNext() ? first.next() : second.next();
            }
        };
    }
}
