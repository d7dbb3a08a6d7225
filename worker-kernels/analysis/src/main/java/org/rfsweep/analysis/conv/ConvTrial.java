package org.rfsweep.analysis.conv;

import org.rfsweep.data.InputModel;
import org.rfsweep.kernel.RandomStreams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.twolayer.Schedule;
import org.rfsweep.kernel.twolayer.TestSet;
import org.rfsweep.kernel.twolayer.TwoLayerConfig;
import org.rfsweep.kernel.twolayer.TwoLayerTrial;

/**
 * One {@code conv-net} trial, kept with its trained network and test set so that the analysis
 * kernels built on it ({@code cnfa}, {@code conv-rfm}) see exactly the network {@code conv-net}
 * trains at the same parameters and seed: TEST stream for the test set, WEIGHTS for the filters,
 * TRAIN for the samples, the {@code twolayer-sgd} {@link Schedule}; with {@code compare_fc} also
 * the {@code twolayer-sgd} network of the grid point.
 *
 * @param result  what {@code conv-net} reports
 * @param net     the trained network (callers must not modify it)
 * @param initial the untrained network, redrawn from the same WEIGHTS stream
 * @param test    the trial's test set
 * @param model   the input distribution
 */
public record ConvTrial(TrialResult result, ConvNet net, ConvNet initial, TestSet test, InputModel model) {

    /** Trains the conv net of {@code cfg} (validated). */
    public static ConvTrial train(ConvConfig cfg) {
        TwoLayerConfig base = cfg.base();
        InputModel model = InputModel.of(base.input());
        long seed = base.seed();
        TestSet test = TestSet.draw(model.stream(RandomStreams.create(seed, RandomStreams.TEST)), base.testSize());
        ConvNet net = ConvNet.initial(cfg, RandomStreams.create(seed, RandomStreams.WEIGHTS));
        ConvNet initial = ConvNet.initial(cfg, RandomStreams.create(seed, RandomStreams.WEIGHTS));
        double[][] initialFilters = new double[net.k][];
        for (int kk = 0; kk < net.k; kk++) {
            initialFilters[kk] = net.paddedFilter(kk);
        }
        Schedule schedule = Schedule.of(base.time(), base.pixels(), base.totalSteps(), base.snapshots(),
                base.evaluations());
        ConvRun run = new ConvRun(base, net, model.stream(RandomStreams.create(seed, RandomStreams.TRAIN)), test,
                schedule);
        ConvResults results = new ConvResults(cfg, model.theoreticalExcessKurtosis(), test.excessKurtosis());
        if (!run.run()) {
            return new ConvTrial(results.diverged(run), net, initial, test, model);
        }
        TrialResult fc = cfg.compareFc() ? TwoLayerTrial.train(base, model).result() : null;
        return new ConvTrial(results.completed(net, run, initialFilters, fc), net, initial, test, model);
    }
}
