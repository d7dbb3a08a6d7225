package org.rfsweep.analysis.conv;

import org.rfsweep.kernel.twolayer.TestScore;
import org.rfsweep.kernel.twolayer.TestSet;

/**
 * Test loss (mean of (ŷ − y)² over the fixed test set, compensated sum) and accuracy (share of
 * samples whose ŷ lies on their class's side of the threshold) of a {@link ConvNet}, as
 * {@code twolayer-sgd} measures its network. Owns its workspace; allocates nothing per call.
 */
final class ConvEvaluator {
    private final TestSet test;
    private final ConvPass pass;
    private final TestScore score;
    private final double[] x;
    private double loss = Double.NaN;
    private double accuracy = Double.NaN;

    ConvEvaluator(ConvNet net, TestSet test, double[] targets, double threshold) {
        this.test = test;
        this.pass = ConvPass.of(net);
        this.score = new TestScore(targets, threshold);
        this.x = new double[net.n];
    }

    void evaluate() {
        score.reset();
        for (int p = 0; p < test.size(); p++) {
            test.copySample(p, x, 0);
            score.add(pass.forward(x, 0), test.classOf(p));
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
