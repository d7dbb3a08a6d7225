package org.rfsweep.analysis.singleneuron;

import org.rfsweep.kernel.twolayer.TestScore;
import org.rfsweep.kernel.twolayer.TestSet;

/**
 * Test loss (mean of (ŷ − y)² over core's fixed {@link TestSet}) and accuracy (share of samples
 * whose ŷ is on their class's side of the threshold) of a {@link Neuron}. Owns one scratch row.
 */
final class TestEvaluation {
    private final TestSet set;
    private final TestScore score;
    private final double[] row;
    private double loss = Double.NaN;
    private double accuracy = Double.NaN;

    TestEvaluation(TestSet set, SingleNeuronConfig cfg) {
        this.set = set;
        this.score = new TestScore(new double[] {cfg.target(0), cfg.target(1)}, cfg.threshold());
        this.row = new double[cfg.pixels()];
    }

    /** Evaluates {@code neuron}; read the results with {@link #loss()} and {@link #accuracy()}. */
    void evaluate(Neuron neuron) {
        score.reset();
        for (int p = 0; p < set.size(); p++) {
            set.copySample(p, row, 0);
            score.add(neuron.activation.value(neuron.preActivation(row, 0)), set.classOf(p));
        }
        loss = score.loss();
        accuracy = score.accuracy();
    }

    double loss() {
        return loss;
    }

    double accuracy() {
        return accuracy;
    }
}
