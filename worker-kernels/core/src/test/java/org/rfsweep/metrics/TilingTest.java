package org.rfsweep.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed tiling cases. */
class TilingTest {
    private static final Lattice RING20 = new Lattice(1, 20, true);

    private static List<double[]> points(double... xs) {
        return java.util.Arrays.stream(xs).mapToObj(x -> new double[] {x}).toList();
    }

    @Test
    void evenlySpacedCentresTileTheRing() {
        Tiling t = Tiling.of(points(15, 0, 10, 5), points(5, 5, 5, 5), RING20);
        assertEquals(1, t.maxGap(), 1e-12);
        // every pixel lies within 2.5 of a centre
        assertEquals(1, t.coverage(), 1e-15);
        // width 1 covers only the centre pixels: 4 of 20
        assertEquals(0.2, Tiling.of(points(0, 5, 10, 15), points(1, 1, 1, 1), RING20).coverage(), 1e-15);
    }

    @Test
    void aMissingFieldLeavesAGapAcrossTheWrap() {
        // gaps 5, 5 and the wrap 10 − (−0)…: 0 + 20 − 10 = 10, relative to 20/3
        assertEquals(1.5, Tiling.of(points(0, 5, 10), points(1, 1, 1), RING20).maxGap(), 1e-12);
        // one field alone: gap 20 = size/1
        assertEquals(1, Tiling.of(points(3.5), points(2), RING20).maxGap(), 1e-12);
        assertEquals(Double.NaN, Tiling.of(List.of(), List.of(), RING20).maxGap());
    }

    @Test
    void openSegmentMarginsCountTwice() {
        Lattice seg = new Lattice(1, 10, false);
        // margins 2 + ½ and 10 − ½ − 7: doubled 5; inner gap 5; spacing 10/2
        assertEquals(1, Tiling.of(points(2, 7), points(1, 1), seg).maxGap(), 1e-12);
        // one field at the edge: margin 9.5 − 0 doubled = 19, relative to 10
        assertEquals(1.9, Tiling.of(points(0), points(1), seg).maxGap(), 1e-12);
        // coverage on a segment does not wrap: width 4 around 0 covers pixels 0..2
        assertEquals(0.3, Tiling.of(points(0), points(4), seg).coverage(), 1e-15);
    }

    @Test
    void torusUsesTheCoveringRadius() {
        Lattice torus = new Lattice(2, 10, true);
        List<double[]> c = List.of(new double[] {0, 0}, new double[] {0, 5}, new double[] {5, 0}, new double[] {5, 5});
        // farthest pixels, e.g. (2, 2), lie √8 from the nearest centre; ideal radius 10/√8
        Tiling t = Tiling.of(c, List.of(new double[] {3, 3}, new double[] {3, 3}, new double[] {3, 3},
                new double[] {3, 3}), torus);
        assertEquals(Math.sqrt(8) / (10 / Math.sqrt(8)), t.maxGap(), 1e-12);
        // width 3: pixels within 1.5 on both axes of a centre: 3×3 per centre, 36 of 100
        assertEquals(0.36, t.coverage(), 1e-15);
    }
}
