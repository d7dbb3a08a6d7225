package org.rfsweep.kernel.twolayer;

import org.apache.commons.rng.UniformRandomProvider;
import org.rfsweep.data.SampleStream;
import org.rfsweep.kernel.TrialResult;

/**
 * One {@code twolayer-sgd} trial once its inputs exist: draws the test set, initialises the
 * network, trains it through the {@link Schedule} and measures the result. Separated from the
 * kernel so that tests can drive it with any {@link SampleStream}.
 */
final class TwoLayerTrial {
    private TwoLayerTrial() {
    }

    /**
     * @param cfg            the trial's settings
     * @param weightsRng     the WEIGHTS stream
     * @param train          training samples (from the TRAIN stream)
     * @param test           test samples (from the TEST stream); {@code cfg.testSize()} are drawn
     * @param kurtosisTheory the theoretical excess kurtosis of the inputs, reported as is
     */
    static TrialResult run(TwoLayerConfig cfg, UniformRandomProvider weightsRng, SampleStream train,
                           SampleStream test, double kurtosisTheory) {
        TestSet testSet = TestSet.draw(test, cfg.testSize());
        TwoLayerNet net = TwoLayerNet.initial(cfg, weightsRng);
        Schedule schedule = Schedule.of(cfg.time(), cfg.pixels(), cfg.totalSteps(), cfg.snapshots(),
                cfg.evaluations());
        TrainingRun run = new TrainingRun(cfg, net, train, testSet, schedule);
        TwoLayerResults results = new TwoLayerResults(cfg, kurtosisTheory, testSet.excessKurtosis());
        return run.run() ? results.completed(net, run) : results.diverged(run);
    }
}
