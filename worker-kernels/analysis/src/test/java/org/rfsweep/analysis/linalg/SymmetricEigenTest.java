package org.rfsweep.analysis.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The breeze adapter: Av = λv, orthonormal vectors, decreasing order, a hand-computed case. */
class SymmetricEigenTest {
    @Test
    void twoByTwoByHand() {
        // [[2, 1], [1, 2]]: eigenvalues 3 (1, 1)/√2 and 1 (1, −1)/√2
        SymmetricEigen e = SymmetricEigen.of(new double[] {2, 1, 1, 2}, 2);
        assertEquals(3, e.values()[0], 1e-14);
        assertEquals(1, e.values()[1], 1e-14);
        assertEquals(Math.abs(e.vectors()[0]), Math.sqrt(0.5), 1e-14);
        assertEquals(e.vectors()[0], e.vectors()[1], 1e-14);
        assertEquals(e.vectors()[2], -e.vectors()[3], 1e-14);
    }

    @Test
    void eigenpairsOfARandomSymmetricMatrix() {
        int n = 37;
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(2);
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i * n + j] = a[j * n + i] = rng.nextDouble() - 0.5;
            }
        }
        double[] copy = a.clone();
        SymmetricEigen e = SymmetricEigen.of(a, n);
        assertTrue(java.util.Arrays.equals(copy, a), "input not modified");
        for (int r = 0; r < n; r++) {
            if (r > 0) {
                assertTrue(e.values()[r] <= e.values()[r - 1], "decreasing");
            }
            double[] v = e.vector(r);
            for (int i = 0; i < n; i++) {
                double av = 0;
                for (int j = 0; j < n; j++) {
                    av += a[i * n + j] * v[j];
                }
                assertEquals(e.values()[r] * v[i], av, 1e-10, "A v = lambda v, pair " + r);
            }
            for (int s = 0; s <= r; s++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += v[i] * e.vectors()[s * n + i];
                }
                assertEquals(r == s ? 1 : 0, dot, 1e-12, "orthonormal " + r + "," + s);
            }
        }
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> SymmetricEigen.of(new double[3], 2));
        assertThrows(IllegalArgumentException.class, () -> SymmetricEigen.of(new double[] {Double.NaN}, 1));
    }
}
