package org.rfsweep.kernel.twolayer;

import org.rfsweep.kernel.RandomStreams;
import org.rfsweep.kernel.TrialResult;

/**
 * One trial of a {@link LockstepRun}: the same network, trainer, schedule, evaluations and
 * recorder as {@link TrainingRun}, but fed its mini-batches from outside, so several trials can
 * train on one drawn batch. Each member owns everything it writes; the batch and the test set are
 * read-only and shared.
 */
final class GroupMember {
    final TwoLayerConfig cfg;
    final TwoLayerNet net;
    final SgdTrainer trainer;
    private final TestSet.Evaluator evaluator;
    private final Schedule schedule;
    private final TrajectoryRecorder recorder;
    private final TwoLayerResults results;
    /** Index of the next snapshot in the schedule. */
    private int next;
    private long divergedStep = -1;
    private long stepsDone;

    /**
     * @param cfg            the member's settings
     * @param testSet        the test set its inputs give (shared, read only)
     * @param kurtosisTheory the theoretical excess kurtosis of its inputs
     */
    GroupMember(TwoLayerConfig cfg, TestSet testSet, double kurtosisTheory) {
        this.cfg = cfg;
        this.net = TwoLayerNet.initial(cfg, RandomStreams.create(cfg.seed(), RandomStreams.WEIGHTS));
        this.trainer = new SgdTrainer(net, cfg);
        this.evaluator = testSet.evaluator(net.k, new double[] {cfg.targetOfClass0(), cfg.targetOfClass1()},
                cfg.threshold());
        this.schedule = Schedule.of(cfg.time(), cfg.pixels(), cfg.totalSteps(), cfg.snapshots(), cfg.evaluations());
        this.recorder = new TrajectoryRecorder(schedule.size(), net.n);
        this.results = new TwoLayerResults(cfg, kurtosisTheory, testSet.excessKurtosis());
    }

    /** The step of the next snapshot (0 before training starts). */
    long nextSnapshot() {
        return schedule.steps()[next];
    }

    /** Whether every snapshot has been recorded. */
    boolean finished() {
        return next == schedule.size();
    }

    /** Records the next snapshot, at {@code step} = {@link #nextSnapshot()}, as {@link TrainingRun} does. */
    void snapshot(long step) {
        double loss = Double.NaN;
        double accuracy = Double.NaN;
        if (schedule.evaluate()[next]) {
            evaluator.evaluate(net);
            loss = evaluator.loss();
            accuracy = evaluator.accuracy();
        }
        recorder.record(step, net, loss, accuracy);
        stepsDone = step;
        next++;
    }

    /** The step with 0-based index {@code step} met NaN/Inf: the member stops there. */
    void diverge(long step) {
        divergedStep = step + 1;
        stepsDone = step;
    }

    /** The member's result; the same {@link TrialResult} {@link TwoLayerTrial} gives for the trial alone. */
    TrialResult result() {
        if (divergedStep >= 0) {
            return results.diverged(divergedStep, stepsDone, recorder);
        }
        return results.completed(net, stepsDone, recorder, evaluator.loss(), evaluator.accuracy());
    }
}
