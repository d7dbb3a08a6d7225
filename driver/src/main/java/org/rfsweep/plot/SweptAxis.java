package org.rfsweep.plot;

import java.util.List;
import java.util.Map;

/**
 * A parameter that varies across the grid points of a sweep: one table column, or both columns of
 * a pair parameter ({@code xi} = ({@code xi0}, {@code xi1})) when both vary.
 *
 * @param name    the parameter name ({@code gain}, {@code xi}, {@code xi0}, ...)
 * @param title   its title with units, as the kernel declares it (the name where it declares none)
 * @param columns the table columns holding it (one, or two for a pair)
 * @param values  its distinct values in the sweep, sorted
 */
public record SweptAxis(String name, String title, List<String> columns, List<AxisValue> values) {
    public SweptAxis {
        columns = List.copyOf(columns);
        values = List.copyOf(values);
    }

    /** The value of this axis in a row given as column → cell. */
    public AxisValue valueOf(Map<String, Object> row) {
        if (columns.size() == 2) {
            return AxisValue.pair(((Number) row.get(columns.get(0))).doubleValue(),
                    ((Number) row.get(columns.get(1))).doubleValue());
        }
        return AxisValue.of(row.get(columns.get(0)));
    }

    /** Whether every value is a single number (a heatmap axis along which a boundary is interpolated). */
    public boolean numeric() {
        return columns.size() == 1 && values.stream().allMatch(AxisValue::numeric);
    }

    /**
     * Whether the values are log-spaced: at least three, all positive, spanning at least a factor
     * 4, and their logarithms closer to evenly spaced than the values themselves (e.g.
     * {@code logspace} gains, or 0.5, 1, 2, 4).
     */
    public boolean logSpaced() {
        if (!numeric() || values.size() < 3 || values.get(0).first() <= 0) {
            return false;
        }
        double lo = values.get(0).first();
        double hi = values.get(values.size() - 1).first();
        if (hi / lo < 4) {
            return false;
        }
        return unevenness(true) < unevenness(false);
    }

    /** Relative spread of the gaps between consecutive values (or their logs). */
    private double unevenness(boolean log) {
        int n = values.size() - 1;
        double[] gaps = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            double a = values.get(i).first();
            double b = values.get(i + 1).first();
            gaps[i] = log ? Math.log(b) - Math.log(a) : b - a;
            mean += gaps[i] / n;
        }
        double dev = 0;
        for (double g : gaps) {
            dev = Math.max(dev, Math.abs(g - mean));
        }
        return dev / mean;
    }

    /**
     * The axis value at a fractional position between value indices (0 = first value): linear
     * between neighbours, geometric on a log-spaced axis; NaN for a non-numeric axis.
     */
    public double valueAt(double index) {
        if (!numeric()) {
            return Double.NaN;
        }
        int i = (int) Math.max(0, Math.min(values.size() - 2, Math.floor(index)));
        double a = values.get(i).first();
        double b = values.get(Math.min(i + 1, values.size() - 1)).first();
        double t = index - i;
        return logSpaced() ? Math.exp(Math.log(a) + t * (Math.log(b) - Math.log(a))) : a + t * (b - a);
    }

    /** The index of {@code v} among the values, or -1. */
    public int indexOf(AxisValue v) {
        return values.indexOf(v);
    }
}
