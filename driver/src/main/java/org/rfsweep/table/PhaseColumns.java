package org.rfsweep.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.MetricRole;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamDef;

/**
 * The columns of a kernel's {@code phase} table, named once for its writer and every reader (the
 * Spark aggregation, the figures, the report, refine's Parquet reader), and what each means, from
 * the kernel's schema and {@link MetricRole roles} alone: no reader guesses a column from its name.
 *
 * <p>Columns: {@code kernel}, {@code kernel_version}; the grid point (every parameter column except
 * the replicate {@code seed}); {@value #N_TRIALS}, {@value #N_SEEDS}, {@code n_ok},
 * {@code n_diverged}, {@code n_failed}; for every metric m, {@code m_mean} and {@code m_se} (mean
 * and standard error over seeds); {@value #FRAC_LOCALISED}, the share of ok trials whose
 * {@link MetricRole#LOCALISED_COUNT} metric is positive (null for a kernel without one); and the
 * provenance {@code git_commit}, {@code spec_hash}.
 */
public final class PhaseColumns {
    public static final String KERNEL = "kernel";
    public static final String KERNEL_VERSION = "kernel_version";
    public static final String GIT_COMMIT = "git_commit";
    public static final String SPEC_HASH = "spec_hash";
    public static final String N_TRIALS = "n_trials";
    public static final String N_SEEDS = "n_seeds";
    /** Per status s of ok, diverged, failed: {@code n_s}. */
    public static final List<String> STATUSES = List.of("ok", "diverged", "failed");
    public static final String FRAC_LOCALISED = "frac_localised";
    /** The replicate parameter: aggregated over, never a grid-point column. */
    public static final String SEED = "seed";
    private static final String MEAN = "_mean";
    private static final String SE = "_se";

    private final Kernel kernel;

    public PhaseColumns(Kernel kernel) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
    }

    public Kernel kernel() {
        return kernel;
    }

    /** The count column of a status: {@code n_ok}, {@code n_diverged}, {@code n_failed}. */
    public static String count(String status) {
        return "n_" + status;
    }

    /** The counts a reader shows, in order: n_trials and one per status. */
    public static List<String> counts() {
        List<String> out = new ArrayList<>(List.of(N_TRIALS));
        STATUSES.forEach(s -> out.add(count(s)));
        return out;
    }

    /**
     * The columns every phase table has whatever its kernel (not a grid point's, not a metric's):
     * kernel, kernel_version, the counts, n_seeds, frac_localised and the provenance.
     */
    public static List<String> ownColumns() {
        List<String> out = new ArrayList<>(List.of(KERNEL, KERNEL_VERSION));
        out.addAll(counts());
        out.addAll(List.of(N_SEEDS, FRAC_LOCALISED, GIT_COMMIT, SPEC_HASH));
        return out;
    }

    /** The mean column of a metric. */
    public static String mean(String metric) {
        return metric + MEAN;
    }

    /** The standard-error column of a metric. */
    public static String se(String metric) {
        return metric + SE;
    }

    /** The grid-point parameters: every schema parameter but the seed, in schema order. */
    public List<ParamDef> gridParameters() {
        return kernel.schema().params().stream().filter(p -> !p.name().equals(SEED)).toList();
    }

    /** The table columns of the grid point, in schema order (a pair as two columns). */
    public List<String> gridColumns() {
        return new ParameterColumns(kernel.schema()).names().stream().filter(c -> !c.equals(SEED)).toList();
    }

    /**
     * The columns this model gives the table, as one line: kernel, version, grid columns, metrics
     * and the localised count. Two models with the same signature write the same columns.
     */
    public String signature() {
        return String.join("|", kernel.name(), kernel.version(), String.join(",", gridColumns()),
                String.join(",", metrics().stream().map(MetricSpec::name).toList()),
                localisedCount().map(MetricSpec::name).orElse(""));
    }

    /** The metrics aggregated, in the kernel's column order. */
    public List<MetricSpec> metrics() {
        return kernel.metrics();
    }

    /** The metric whose positive count makes a trial localised, if the kernel has one. */
    public Optional<MetricSpec> localisedCount() {
        return kernel.localisedCount();
    }

    /** Whether {@value #FRAC_LOCALISED} is defined for this kernel. */
    public boolean hasFracLocalised() {
        return localisedCount().isPresent();
    }

    /** The first metric with the role, if any. */
    public Optional<MetricSpec> withRole(MetricRole role) {
        return metrics().stream().filter(m -> m.has(role)).findFirst();
    }

    /** The metric a phase column aggregates ({@code m_mean} or {@code m_se} to m), if it is one. */
    public Optional<MetricSpec> metricOf(String column) {
        for (MetricSpec m : metrics()) {
            if (column.equals(mean(m.name())) || column.equals(se(m.name()))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * The human title of a phase column, a metric or a parameter column: the kernel's declared
     * titles, with what the aggregate adds ("mean over seeds"); the name itself where none is declared.
     */
    public String title(String column) {
        if (column.equals(FRAC_LOCALISED)) {
            return "fraction of seeds with " + localisedCount().map(m -> "any " + m.title()).orElse("a localised unit");
        }
        for (MetricSpec m : metrics()) {
            if (column.equals(m.name())) {
                return m.title();
            }
            if (column.equals(mean(m.name()))) {
                return m.title() + ", mean over seeds";
            }
            if (column.equals(se(m.name()))) {
                return m.title() + ", standard error over seeds";
            }
        }
        return kernel.parameterRoles().title(column);
    }
}
