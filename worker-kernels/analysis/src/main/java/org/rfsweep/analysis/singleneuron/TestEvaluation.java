package org.rfsweep.analysis.singleneuron;

import org.rfsweep.kernel.twolayer.TestSet;

/**
 * Test loss (mean of (ŷ − y)² over core's fixed {@link TestSet}) and accuracy (share of samples
 * whose ŷ is on their class's side of the threshold) of a {@link Neuron}. Owns one scratch row.
 */
final class TestEvaluation {
    private final TestSet set;
    private final SingleNeuronConfig cfg;
    private final double[] row;
    private double loss = Double.NaN;
    private double accuracy = Double.NaN;

    TestEvaluation(TestSet set, SingleNeuronConfig cfg) {
        this.set = set;
        this.cfg = cfg;
        this.row = new double[cfg.pixels()];
    }

    /** Evaluates {@code neuron}; read the results with {@link #loss()} and {@link #accuracy()}. */
    void evaluate(Neuron neuron) {
        double sum = 0;
        double comp = 0; // Kahan: thousands of terms of similar size
        int correct = 0;
        double threshold = cfg.threshold();
        for (int p = 0; p < set.size(); p++) {
            for (int i = 0; i < row.length; i++) {
                row[i] = set.pixel(p, i);
            }
            double yHat = neuron.activation.value(neuron.preActivation(row, 0));
            int cls = set.classOf(p);
            double d = yHat - cfg.target(cls);
            double term = d * d - comp;
            double t = sum + term;
            comp = (t - sum) - term;
            sum = t;
            if ((yHat >= threshold) == (cls == 0)) {
                correct++;
            }
        }
        loss = sum / set.size();
        accuracy = (double) correct / set.size();
    }

    double loss() {
        return loss;
    }

    double accuracy() {
        return accuracy;
    }
}
