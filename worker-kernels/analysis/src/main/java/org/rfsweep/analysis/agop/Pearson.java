package org.rfsweep.analysis.agop;

import org.rfsweep.metrics.CompensatedSum;

/**
 * The Pearson correlation r = Σ(a−ā)(b−b̄) / √(Σ(a−ā)² Σ(b−b̄)²) of two equally long vectors, here
 * flattened N × N matrices (the neural feature ansatz compares WᵀW with the AGOP this way,
 * Beaglehole et al. arXiv 2309.00570). Two passes (means first), compensated sums.
 */
public final class Pearson {
    private Pearson() {
    }

    /** r over all entries; NaN when either vector is constant. Not modified. */
    public static double of(double[] a, double[] b) {
        return masked(a, b, 0, false);
    }

    /** r over the off-diagonal entries of two n × n row-major matrices. Not modified. */
    public static double offDiagonal(double[] a, double[] b, int n) {
        return masked(a, b, n, true);
    }

    private static double masked(double[] a, double[] b, int n, boolean skipDiagonal) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("lengths differ: " + a.length + " vs " + b.length);
        }
        CompensatedSum sa = new CompensatedSum();
        CompensatedSum sb = new CompensatedSum();
        long count = 0;
        for (int i = 0; i < a.length; i++) {
            if (!(skipDiagonal && i / n == i % n)) {
                sa.add(a[i]);
                sb.add(b[i]);
                count++;
            }
        }
        double ma = sa.value() / count;
        double mb = sb.value() / count;
        CompensatedSum sab = new CompensatedSum();
        CompensatedSum saa = new CompensatedSum();
        CompensatedSum sbb = new CompensatedSum();
        for (int i = 0; i < a.length; i++) {
            if (!(skipDiagonal && i / n == i % n)) {
                double da = a[i] - ma;
                double db = b[i] - mb;
                sab.add(da * db);
                saa.add(da * da);
                sbb.add(db * db);
            }
        }
        double denom = Math.sqrt(saa.value() * sbb.value());
        return denom > 0 ? sab.value() / denom : Double.NaN;
    }
}
