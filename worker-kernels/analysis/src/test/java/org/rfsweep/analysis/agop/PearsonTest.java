package org.rfsweep.analysis.agop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** {@link Pearson} against commons-math3's PearsonsCorrelation. */
class PearsonTest {
    @Test
    void matchesCommonsMathOnAllAndOffDiagonalEntries() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1);
        int n = 13;
        double[] a = new double[n * n];
        double[] b = new double[n * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = rng.nextDouble() + 1e3; // a large common offset tests the two-pass centring
            b[i] = 0.3 * a[i] + rng.nextDouble();
        }
        PearsonsCorrelation reference = new PearsonsCorrelation();
        assertEquals(reference.correlation(a, b), Pearson.of(a, b), 1e-12);
        double[] ao = new double[n * n - n];
        double[] bo = new double[n * n - n];
        int c = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    ao[c] = a[i * n + j];
                    bo[c++] = b[i * n + j];
                }
            }
        }
        double off = Pearson.offDiagonal(a, b, n);
        assertEquals(reference.correlation(ao, bo), off, 1e-12);
        assertTrue(Math.abs(off - Pearson.of(a, b)) > 1e-6, "the diagonal must matter in this example");
        assertEquals(1.0, Pearson.of(a, a), 1e-14);
        assertEquals(-1.0, Pearson.of(a, negate(a)), 1e-14);
        assertTrue(Double.isNaN(Pearson.of(new double[] {1, 1, 1}, new double[] {1, 2, 3})));
    }

    private static double[] negate(double[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = -a[i];
        }
        return out;
    }
}
