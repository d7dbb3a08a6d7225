package org.rfsweep.refine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamType;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.spec.DidYouMean;
import org.rfsweep.spec.GridSweepSpec;
import org.rfsweep.table.PhaseColumns;

/**
 * What {@code refine} looks for, validated against the sweep: the phase column {@code metric}
 * crossing {@code level} along the real-valued grid axis {@code axis}, down to brackets no wider
 * than {@code tolerance} (axis units), adding at most {@code budget} trials.
 *
 * <p>{@code log}: the bisection runs in log(axis) only for a parameter whose range excludes negative
 * values (a scale such as the gain, ξ or a learning rate; not a signed quantity such as the excess
 * kurtosis, whose range reaches below zero, so that a swept grid of it that happens to be positive,
 * e.g. student-t's 0.5 … 3, is still bisected arithmetically), when every value of the axis is positive and the
 * grid is log-spaced (its successive ratios vary less than its successive differences) or, with two
 * values, spans a decade or more. A log-spaced grid says the crossing's scale is unknown over
 * decades (the NLGP's excess kurtosis, which drives localisation, changes with log g); a
 * geometric midpoint then splits the bracket into halves of equal weight, where the arithmetic
 * midpoint of [0.01, 10] (5.0) would spend several rounds in the top decade.
 */
public record RefineTarget(String metric, String axis, double level, double tolerance, long budget, boolean log,
                           List<Double> axisValues) {
    /** The phase column that is a share in [0, 1]. */
    static final String SHARE = PhaseColumns.FRAC_LOCALISED;

    /** Whether the metric is a share in [0, 1]. */
    public boolean share() {
        return metric.equals(SHARE);
    }

    /**
     * Validates the options against {@code spec}.
     *
     * @param metric    a phase column ({@code frac_localised}, {@code m_mean}, or a metric m meaning m_mean),
     *                  or null for frac_localised (the kernel must count localised units)
     * @param axis      the parameter to bisect, or null for the first of the kernel's natural axes the spec sweeps
     * @param tolerance the target bracket width, or null for 1 % of the axis's span
     */
    public static RefineTarget of(GridSweepSpec spec, String metric, String axisOrNull, double level, Double tolerance,
                                  long budget) throws RefineInputException {
        Kernel kernel = spec.kernel();
        String column = metricColumn(kernel, metric);
        String axis = axisOrNull == null ? naturalAxis(spec) : axisOrNull;
        ParamDef def = kernel.schema().find(axis).orElse(null);
        if (def == null) {
            List<String> names = kernel.schema().params().stream().map(ParamDef::name).toList();
            throw new RefineInputException("--axis: unknown parameter \"" + axis + "\" of kernel " + kernel.name()
                    + DidYouMean.hint(axis, names, DidYouMean.knownList("parameters", names)));
        }
        if (axis.equals(PhaseColumns.SEED)) {
            throw new RefineInputException("--axis: seed is the replicate axis; refine bisects a parameter such as gain");
        }
        List<String> group = spec.axisParameters(axis);
        if (group.isEmpty()) {
            throw new RefineInputException("--axis: " + axis + " is not swept in sweep " + spec.name()
                    + " (swept: " + String.join(", ", spec.sweptParameters()) + "); refine bisects a grid axis");
        }
        if (group.size() > 1) {
            throw new RefineInputException("--axis: " + axis + " is swept in a zip group with "
                    + String.join(", ", group.stream().filter(p -> !p.equals(axis)).toList())
                    + "; refine bisects a grid axis of its own");
        }
        if (def.type() != ParamType.DOUBLE) {
            throw new RefineInputException("--axis: " + axis + " is not a real-valued parameter (it is "
                    + typeName(def.type()) + "); refine bisects a real axis");
        }
        List<Double> values = axisValues(spec, axis);
        if (values.size() < 2) {
            throw new RefineInputException("--axis: " + axis + " has a single value in sweep " + spec.name()
                    + "; a crossing needs at least two");
        }
        if (!Double.isFinite(level)) {
            throw new RefineInputException("--level: must be a finite number, got " + level);
        }
        if (column.equals(SHARE) && !(level > 0 && level <= 1)) {
            throw new RefineInputException(String.format(Locale.ROOT,
                    "--level: %s is a share, so the level must be in (0, 1]; got %s", SHARE, level));
        }
        double span = values.get(values.size() - 1) - values.get(0);
        double tol = tolerance == null ? span / 100 : tolerance;
        if (!(tol > 0) || !Double.isFinite(tol)) {
            throw new RefineInputException("--tolerance: must be a positive width in " + axis + " units, got " + tol);
        }
        if (budget < 1) {
            throw new RefineInputException("--budget: must be at least 1, got " + budget);
        }
        return new RefineTarget(column, axis, level, tol, budget, logScale(def) && logSpaced(values), values);
    }

    private static String typeName(ParamType type) {
        return switch (type) {
            case INT, LONG -> "an integer";
            case BOOLEAN -> "a boolean";
            case CHOICE -> "a choice";
            case DOUBLE_PAIR -> "a pair";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }

    /** The first of the kernel's natural axes that the spec sweeps alone; else an error naming the swept ones. */
    private static String naturalAxis(GridSweepSpec spec) throws RefineInputException {
        for (String name : spec.kernel().parameterRoles().naturalAxes()) {
            if (spec.axisParameters(name).size() == 1) {
                return name;
            }
        }
        throw new RefineInputException("--axis: give the axis to bisect; kernel " + spec.kernel().name()
                + " has no natural axis that sweep " + spec.name() + " sweeps (swept: "
                + String.join(", ", spec.sweptParameters()) + ")");
    }

    /** The phase column for {@code metric} (null: frac_localised), or an error naming the choices. */
    static String metricColumn(Kernel kernel, String metric) throws RefineInputException {
        PhaseColumns model = new PhaseColumns(kernel);
        List<String> columns = new ArrayList<>();
        for (MetricSpec m : kernel.metrics()) {
            columns.add(PhaseColumns.mean(m.name()));
        }
        if (model.hasFracLocalised()) {
            columns.add(0, SHARE);
        }
        if (metric == null) {
            if (model.hasFracLocalised()) {
                return SHARE;
            }
            throw new RefineInputException("--metric: kernel " + kernel.name() + " counts no localised units, so it has no "
                    + SHARE + "; choose a phase metric: " + String.join(", ", columns));
        }
        if (columns.contains(metric)) {
            return metric;
        }
        if (columns.contains(PhaseColumns.mean(metric))) {
            return PhaseColumns.mean(metric);
        }
        List<String> names = new ArrayList<>(columns);
        kernel.metrics().forEach(m -> names.add(m.name()));
        throw new RefineInputException("--metric: unknown phase metric \"" + metric + "\" of kernel " + kernel.name()
                + DidYouMean.hint(metric, names, DidYouMean.knownList("metrics", columns)));
    }

    private static List<Double> axisValues(GridSweepSpec spec, String axis) {
        TreeSet<Double> values = new TreeSet<>();
        for (java.util.Iterator<TrialSpec> it = spec.trials(); it.hasNext(); ) {
            values.add(it.next().params().getDouble(axis));
        }
        return List.copyOf(values);
    }

    /**
     * Whether the parameter can be a log axis at all: its range has a lower bound of zero or more. A
     * parameter without a lower bound, or with a negative one (the excess kurtosis), is signed: its
     * natural spacing is linear whatever values a grid gives it.
     */
    static boolean logScale(ParamDef def) {
        return !Double.isNaN(def.min()) && def.min() >= 0;
    }

    /** See the class comment. */
    static boolean logSpaced(List<Double> sorted) {
        double min = sorted.get(0);
        double max = sorted.get(sorted.size() - 1);
        if (!(min > 0)) {
            return false;
        }
        if (sorted.size() == 2) {
            return max / min >= 10;
        }
        return spread(sorted, true) < spread(sorted, false);
    }

    /** Relative spread (max/min) of successive ratios ({@code ratios}) or differences. */
    private static double spread(List<Double> v, boolean ratios) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 1; i < v.size(); i++) {
            double s = ratios ? Math.log(v.get(i) / v.get(i - 1)) : v.get(i) - v.get(i - 1);
            lo = Math.min(lo, s);
            hi = Math.max(hi, s);
        }
        return hi / lo;
    }
}
