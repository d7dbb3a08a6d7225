package org.rfsweep.analysis.conv;

import org.rfsweep.kernel.twolayer.TestSet;

/**
 * Test loss (mean of (ŷ − y)² over the fixed test set, compensated sum) and accuracy (share of
 * samples whose ŷ lies on their class's side of the threshold) of a {@link ConvNet}, as
 * {@code twolayer-sgd} measures its network. Owns its workspace; allocates nothing per call.
 */
final class ConvEvaluator {
    private final TestSet test;
    private final ConvPass pass;
    private final double[] targets;
    private final double threshold;
    private final double[] x;
    private double loss = Double.NaN;
    private double accuracy = Double.NaN;

    ConvEvaluator(ConvNet net, TestSet test, double[] targets, double threshold) {
        this.test = test;
        this.pass = new ConvPass(net);
        this.targets = targets.clone();
        this.threshold = threshold;
        this.x = new double[net.n];
    }

    void evaluate() {
        double sum = 0;
        double comp = 0;
        int correct = 0;
        int n = x.length;
        for (int p = 0; p < test.size(); p++) {
            for (int i = 0; i < n; i++) {
                x[i] = test.pixel(p, i);
            }
            double yHat = pass.forward(x, 0);
            int cls = test.classOf(p);
            double d = yHat - targets[cls];
            double term = d * d - comp;
            double t = sum + term;
            comp = (t - sum) - term;
            sum = t;
            if ((yHat >= threshold) == (cls == 0)) {
                correct++;
            }
        }
        loss = sum / test.size();
        accuracy = (double) correct / test.size();
    }

    double loss() {
        return loss;
    }

    double accuracy() {
        return accuracy;
    }
}
