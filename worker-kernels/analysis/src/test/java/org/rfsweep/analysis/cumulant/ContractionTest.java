package org.rfsweep.analysis.cumulant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rfsweep.data.InputConfig;
import org.rfsweep.data.InputKind;
import org.rfsweep.data.InputModel;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.RandomStreams;

/**
 * The tensor-free contractions equal those of the explicit N⁴ tensor built, entry by entry, from
 * the same finite sample set and covariance, to 1e-10 (the values are O(1); the two sides differ
 * only by summation order).
 */
class ContractionTest {
    private static final double TOL = 1e-10;

    private static ClassSamples samples(InputConfig c, int m, int count) {
        return ClassSamples.draw(InputModel.of(c).stream(RandomStreams.create(7, RandomStreams.TRAIN)), m, count);
    }

    private static void assertSameContractions(SymmetricTensor4 fast, SymmetricTensor4 naive, long seed) {
        Random rnd = new Random(seed);
        int n = fast.dim();
        for (int trial = 0; trial < 5; trial++) {
            double[] u = new double[n];
            for (int i = 0; i < n; i++) {
                u[i] = rnd.nextGaussian() / Math.sqrt(n);
            }
            double[] a = new double[n];
            double[] b = new double[n];
            double fa = fast.contract(u, a);
            double fb = naive.contract(u, b);
            assertEquals(fb, fa, TOL);
            for (int i = 0; i < n; i++) {
                assertEquals(b[i], a[i], TOL, "component " + i);
            }
        }
    }

    @Test
    void sampleCumulantMatchesTheExplicitTensor1dNlgp() {
        InputConfig c = new InputConfig(InputKind.NLGP, 1, 12, true, new DoublePair(1.2, 1.6), 3, 1e-3);
        ClassSamples s = samples(c, 1, 400);
        double[] cov = InputModel.of(c).inputCovariance(1);
        assertSameContractions(new SampleCumulant(s, cov), ExplicitTensor.cumulant(s, cov), 1);
    }

    @Test
    void sampleCumulantMatchesTheExplicitTensor2dOpenGp() {
        InputConfig c = new InputConfig(InputKind.GP, 2, 3, false, new DoublePair(0.8, 1.2), 1, 1e-3);
        ClassSamples s = samples(c, 0, 300);
        double[] cov = InputModel.of(c).inputCovariance(0);
        assertSameContractions(new SampleCumulant(s, cov), ExplicitTensor.cumulant(s, cov), 2);
    }

    @Test
    void deflationMatchesTheExplicitDifference() {
        InputConfig c = new InputConfig(InputKind.NLGP, 1, 8, true, new DoublePair(1, 1.2), 10, 1e-3);
        ClassSamples s = samples(c, 0, 200);
        double[] cov = InputModel.of(c).inputCovariance(0);
        ExplicitTensor full = ExplicitTensor.cumulant(s, cov);
        double[] gamma = {-1.5, 0.7};
        double[][] u = {{1, 0, 0, 0, 0, 0, 0, 0}, {0.5, 0.5, 0.5, 0.5, 0, 0, 0, 0}};
        ExplicitTensor planted = ExplicitTensor.planted(gamma, u);
        double[] diff = full.t.clone();
        for (int i = 0; i < diff.length; i++) {
            diff[i] -= planted.t[i];
        }
        assertSameContractions(new DeflatedTensor(new SampleCumulant(s, cov), gamma, u), new ExplicitTensor(8, diff), 3);
    }

    @Test
    void classSamplesKeepOnlyTheRequestedClassInStreamOrder() {
        InputConfig c = new InputConfig(InputKind.NLGP, 1, 8, true, new DoublePair(1, 1.2), 1, 1e-3);
        InputModel model = InputModel.of(c);
        ClassSamples s = ClassSamples.draw(model.stream(RandomStreams.create(3, RandomStreams.TRAIN)), 1, 20);
        org.rfsweep.data.SampleStream stream = model.stream(RandomStreams.create(3, RandomStreams.TRAIN));
        double[] row = new double[8];
        int kept = 0;
        while (kept < 20) {
            if (stream.next(row, 0) == 1) {
                for (int i = 0; i < 8; i++) {
                    assertEquals(row[i], s.x[kept * 8 + i], 0.0);
                }
                kept++;
            }
        }
    }
}
