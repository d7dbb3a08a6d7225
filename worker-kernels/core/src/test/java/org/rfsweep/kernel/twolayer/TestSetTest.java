package org.rfsweep.kernel.twolayer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rfsweep.kernel.RandomStreams;

/** The blocked evaluation against a naive per-sample loop over the same stored samples. */
class TestSetTest {

    @ParameterizedTest
    @CsvSource({"300, mean-field, sqrt-n, pm1", "128, trained, none, binary", "1, lazy, sqrt-n, pm1"})
    void blockedEvaluationEqualsNaive(int size, String readout, String scale, String labels) {
        int n = 37;
        TwoLayerConfig cfg = SgdTrainerTest.config(readout, "trained", "erf", 1, scale, labels, 0.05);
        TestSet set = TestSet.draw(new WhiteNoiseStream(n, 1.5, RandomStreams.create(3, RandomStreams.TEST)), size);
        TwoLayerNet net = TwoLayerNet.initial(cfg, RandomStreams.create(3, RandomStreams.WEIGHTS));
        for (int j = 0; j < net.k; j++) {
            net.b[j] += 0.1 * j; // break the ± symmetry of the biases
        }
        NaiveTwoLayer naive = new NaiveTwoLayer(net, readout, "trained", scale.equals("sqrt-n"), 0.05,
                labels.equals("binary"), net.activation);
        double loss = 0;
        int correct = 0;
        double[] x = new double[n];
        for (int p = 0; p < size; p++) {
            for (int i = 0; i < n; i++) {
                x[i] = set.pixel(p, i);
            }
            double yHat = naive.output(x);
            double y = naive.target(set.classOf(p));
            loss += (yHat - y) * (yHat - y);
            boolean predicts0 = yHat >= (labels.equals("binary") ? 0.5 : 0);
            correct += predicts0 == (set.classOf(p) == 0) ? 1 : 0;
        }
        TestSet.Evaluator ev = set.evaluator(net.k, new double[] {cfg.targetOfClass0(), cfg.targetOfClass1()},
                cfg.threshold());
        ev.evaluate(net);
        assertEquals(loss / size, ev.loss(), 1e-12);
        assertEquals((double) correct / size, ev.accuracy());
    }
}
