package org.rfsweep.plot;

import java.util.Map;

/** Human titles of the metrics a figure shows (SCIENCE.md section 4); other names as they are. */
public final class MetricTitles {
    private static final Map<String, String> BASE = Map.ofEntries(
            Map.entry("ipr_mean", "mean IPR of the K neurons"),
            Map.entry("ipr_median", "median IPR of the K neurons"),
            Map.entry("ipr_max", "largest IPR of the K neurons"),
            Map.entry("n_localised", "localised neurons (IPR ≥ 3 × 3/(N+2))"),
            Map.entry("final_test_accuracy", "final test accuracy"),
            Map.entry("final_test_loss", "final test loss"),
            Map.entry("kurtosis_theory", "marginal excess kurtosis of the inputs (theory)"),
            Map.entry("kurtosis_empirical", "marginal excess kurtosis of the inputs (test set)"));

    private MetricTitles() {
    }

    /** The title of a phase column or a run metric. */
    public static String title(String column) {
        if (column.equals(PhaseFigures.FRAC_LOCALISED)) {
            return "fraction of seeds with a localised neuron";
        }
        if (column.endsWith("_mean")) {
            String m = column.substring(0, column.length() - 5);
            return BASE.getOrDefault(m, m) + ", mean over seeds";
        }
        if (column.endsWith("_se")) {
            String m = column.substring(0, column.length() - 3);
            return BASE.getOrDefault(m, m) + ", standard error over seeds";
        }
        return BASE.getOrDefault(column, column);
    }
}
