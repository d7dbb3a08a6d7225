package org.rfsweep.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Hand-computed centres, widths and peak masses (each expected value derived in the comment). */
class ReceptiveFieldTest {
    private static final Lattice RING20 = new Lattice(1, 20, true);

    @Test
    void oneHotHasItsPixelAsCentreAndWidthOne() {
        double[] w = new double[20];
        w[7] = -3;
        ReceptiveField rf = ReceptiveField.of(w, 0, RING20, 3);
        assertEquals(7, rf.peak());
        assertEquals(7, rf.centre()[0], 1e-12);
        // neighbours 0 < half: crossings at ±(1 − ½)/(1 − 0) = ±½
        assertEquals(1, rf.width()[0], 1e-12);
        assertEquals(1, rf.peakMass(), 1e-15);
    }

    @Test
    void circularMeanWrapsAroundTheRing() {
        double[] w = new double[20];
        w[0] = 1;
        w[19] = 1;
        // angles 0 and 2π·19/20: mean angle −π/20, i.e. −½ pixel = 19.5
        assertEquals(19.5, ReceptiveField.of(w, 0, RING20, 1).centre()[0], 1e-12);
        double[] v = new double[20];
        v[18] = 1;
        v[1] = 2;
        // resultant e^{-2πi·2/20} + 4 e^{2πi/20}: computed explicitly
        double re = Math.cos(-2 * Math.PI * 2 / 20) + 4 * Math.cos(2 * Math.PI / 20);
        double im = Math.sin(-2 * Math.PI * 2 / 20) + 4 * Math.sin(2 * Math.PI / 20);
        assertEquals(Math.atan2(im, re) * 20 / (2 * Math.PI), ReceptiveField.of(v, 0, RING20, 1).centre()[0], 1e-12);
    }

    @Test
    void openBoundaryCentreIsTheWeightedMean() {
        double[] w = new double[10];
        w[0] = 1;
        w[9] = 1;
        assertEquals(4.5, ReceptiveField.of(w, 0, new Lattice(1, 10, false), 1).centre()[0], 1e-12);
    }

    @Test
    void widthInterpolatesTheHalfMaximumCrossings() {
        double[] w = {0, 0.2, 0.6, 1.0, 0.6, 0.2, 0};
        // right: 0.6 ≥ ½, then 0.2 < ½ at offset 1 + (0.6 − 0.5)/(0.6 − 0.2) = 1.25; left the same
        assertEquals(2.5, ReceptiveField.of(w, 0, new Lattice(1, 7, true), 1).width()[0], 1e-12);
        double[] box = {0, 0, 1, 1, 1, 0, 0};
        // peak = first maximum (2): right 2 + ½, left ½
        assertEquals(3, ReceptiveField.of(box, 0, new Lattice(1, 7, true), 1).width()[0], 1e-12);
    }

    @Test
    void widthWrapsOnTheRingAndStopsAtOpenEdges() {
        double[] w = new double[20];
        w[0] = 1;
        w[1] = 0.8;
        w[19] = -0.8;
        // each side: one neighbour at 0.8, then 0: 1 + (0.8 − 0.5)/0.8 = 1.375
        assertEquals(2.75, ReceptiveField.of(w, 0, RING20, 1).width()[0], 1e-12);
        // open: the left side ends half a pixel beyond pixel 0
        assertEquals(1.875, ReceptiveField.of(w, 0, new Lattice(1, 20, false), 1).width()[0], 1e-12);
        double[] flat = new double[20];
        java.util.Arrays.fill(flat, 1);
        assertEquals(20, ReceptiveField.of(flat, 0, RING20, 1).width()[0], 1e-12);
        assertEquals(Double.NaN, ReceptiveField.of(flat, 0, RING20, 1).centre()[0]);
    }

    @Test
    void peakMassCountsTheWindowOfTwoXiZero() {
        double[] w = new double[20];
        w[5] = 2;
        w[7] = 1; // distance 2 ≤ 2ξ0 = 2: inside
        w[8] = 1; // distance 3: outside
        assertEquals(5.0 / 6, ReceptiveField.of(w, 0, RING20, 1).peakMass(), 1e-15);
        double[] wrap = new double[20];
        wrap[1] = 2;
        wrap[18] = 1; // ring distance 3 ≤ 2ξ0 = 4
        assertEquals(1.0, ReceptiveField.of(wrap, 0, RING20, 2).peakMass(), 1e-15);
        assertEquals(0.8, ReceptiveField.of(wrap, 0, new Lattice(1, 20, false), 2).peakMass(), 1e-15);
    }

    @Test
    void twoDimensionalMetricsArePerAxis() {
        Lattice torus = new Lattice(2, 10, true);
        double[] w = new double[100];
        // peak at (r, c) = (0, 4) with a vertical neighbour across the wrap at (9, 4), horizontal at (0, 5)
        w[4] = 1;
        w[9 * 10 + 4] = 0.8;
        w[5] = 0.8;
        ReceptiveField rf = ReceptiveField.of(w, 0, torus, 1);
        assertEquals(4, rf.peak());
        // row marginal (1.64 at row 0, 0.64 at row 9); column marginal (…, 1 at 4, 0.64 at 5, …)
        double rowRe = 1.64 + 0.64 * Math.cos(2 * Math.PI * 9 / 10);
        double rowIm = 0.64 * Math.sin(2 * Math.PI * 9 / 10);
        double rowCentre = Math.atan2(rowIm, rowRe) * 10 / (2 * Math.PI) + 10;
        double colRe = 1.64 * Math.cos(2 * Math.PI * 4 / 10) + 0.64 * Math.cos(2 * Math.PI * 5 / 10);
        double colIm = 1.64 * Math.sin(2 * Math.PI * 4 / 10) + 0.64 * Math.sin(2 * Math.PI * 5 / 10);
        double colCentre = Math.atan2(colIm, colRe) * 10 / (2 * Math.PI);
        assertArrayEquals(new double[] {rowCentre, colCentre}, rf.centre(), 1e-12);
        // vertical line through the peak: ½ + 1.375 (wrap side); horizontal: ½ + 1.375
        assertArrayEquals(new double[] {1.875, 1.875}, rf.width(), 1e-12);
        // window ±2 in both axes around (0, 4): all three pixels
        assertEquals(1.0, rf.peakMass(), 1e-15);
        assertEquals(1 / 2.28, ReceptiveField.of(w, 0, torus, 0.25).peakMass(), 1e-15);
    }
}
