package org.rfsweep.kernel.twolayer;

import org.apache.commons.rng.UniformRandomProvider;
import org.rfsweep.data.InputModel;
import org.rfsweep.data.SampleStream;
import org.rfsweep.kernel.RandomStreams;
import org.rfsweep.kernel.TrialResult;

/**
 * One {@code twolayer-sgd} trial once its inputs exist: draws the test set, initialises the
 * network, trains it through the {@link Schedule} and measures the result. Separated from the
 * kernel so that tests can drive it with any {@link SampleStream}, and public so that analysis
 * kernels (e.g. the AGOP kernel) can train exactly the network {@code twolayer-sgd} trains and
 * then inspect it.
 */
public final class TwoLayerTrial {
    private TwoLayerTrial() {
    }

    /**
     * A finished trial together with its final network and its test set.
     *
     * @param result  what {@code twolayer-sgd} reports for the trial
     * @param net     the network after training (or at divergence); callers must not modify it
     * @param testSet the trial's fixed test set
     */
    public record Trained(TrialResult result, TwoLayerNet net, TestSet testSet) {
    }

    /**
     * Trains the network of {@code cfg} with the random streams the {@code twolayer-sgd} kernel uses
     * (WEIGHTS, TRAIN and TEST of {@code cfg.seed()}): the same configuration gives bit-identically
     * the same network as that kernel.
     *
     * @param model the input distribution of {@code cfg.input()}
     */
    public static Trained train(TwoLayerConfig cfg, InputModel model) {
        long seed = cfg.seed();
        return train(cfg, RandomStreams.create(seed, RandomStreams.WEIGHTS),
                model.stream(RandomStreams.create(seed, RandomStreams.TRAIN)),
                model.stream(RandomStreams.create(seed, RandomStreams.TEST)), model.theoreticalExcessKurtosis());
    }

    /**
     * @param cfg            the trial's settings
     * @param weightsRng     the WEIGHTS stream
     * @param train          training samples (from the TRAIN stream)
     * @param test           test samples (from the TEST stream); {@code cfg.testSize()} are drawn
     * @param kurtosisTheory the theoretical excess kurtosis of the inputs, reported as is
     */
    static Trained train(TwoLayerConfig cfg, UniformRandomProvider weightsRng, SampleStream train,
                         SampleStream test, double kurtosisTheory) {
        TestSet testSet = TestSet.draw(test, cfg.testSize());
        TwoLayerNet net = TwoLayerNet.initial(cfg, weightsRng);
        Schedule schedule = Schedule.of(cfg.time(), cfg.pixels(), cfg.totalSteps(), cfg.snapshots(),
                cfg.evaluations());
        TrainingRun run = new TrainingRun(cfg, net, train, testSet, schedule);
        TwoLayerResults results = new TwoLayerResults(cfg, kurtosisTheory, testSet.excessKurtosis());
        TrialResult result = run.run() ? results.completed(net, run) : results.diverged(run);
        return new Trained(result, net, testSet);
    }

    /** {@link #train} without the network and test set. */
    static TrialResult run(TwoLayerConfig cfg, UniformRandomProvider weightsRng, SampleStream train,
                           SampleStream test, double kurtosisTheory) {
        return train(cfg, weightsRng, train, test, kurtosisTheory).result();
    }
}
