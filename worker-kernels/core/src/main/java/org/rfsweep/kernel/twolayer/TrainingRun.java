package org.rfsweep.kernel.twolayer;

import org.rfsweep.data.SampleStream;

/**
 * The SGD loop of one trial: trains {@code net} on {@code train} for the whole {@link Schedule},
 * recording a snapshot (and where scheduled a test evaluation) at each of its steps. The loop
 * body is one sampler call and one {@link SgdTrainer#step}; snapshots and evaluations are rare
 * and live in their own methods.
 */
final class TrainingRun {
    private final TwoLayerNet net;
    private final SgdTrainer trainer;
    private final SampleStream train;
    private final TestSet.Evaluator evaluator;
    private final Schedule schedule;
    private final TrajectoryRecorder recorder;
    private final double[] xs;
    private final int[] classes;
    private final int batch;
    private long divergedStep = -1;
    private long stepsDone;

    TrainingRun(TwoLayerConfig cfg, TwoLayerNet net, SampleStream train, TestSet test, Schedule schedule) {
        this.net = net;
        this.trainer = new SgdTrainer(net, cfg);
        this.train = train;
        this.evaluator = test.evaluator(net.k, new double[] {cfg.targetOfClass0(), cfg.targetOfClass1()},
                cfg.threshold());
        this.schedule = schedule;
        this.recorder = new TrajectoryRecorder(schedule.size(), net.n);
        this.batch = cfg.batch();
        this.xs = new double[Math.multiplyExact(batch, net.n)];
        this.classes = new int[batch];
    }

    /** Runs to the end or to the first non-finite value; returns whether it completed. */
    boolean run() {
        snapshot(0);
        long[] steps = schedule.steps();
        for (int j = 1; j < steps.length; j++) {
            if (!trainUntil(steps[j])) {
                return false;
            }
            snapshot(j);
        }
        return true;
    }

    private boolean trainUntil(long target) {
        long step = stepsDone;
        while (step < target) {
            train.next(xs, classes, batch);
            if (!trainer.step(xs, classes)) {
                divergedStep = step + 1;
                stepsDone = step;
                return false;
            }
            step++;
        }
        stepsDone = step;
        return true;
    }

    private void snapshot(int j) {
        double loss = Double.NaN;
        double accuracy = Double.NaN;
        if (schedule.evaluate()[j]) {
            evaluator.evaluate(net);
            loss = evaluator.loss();
            accuracy = evaluator.accuracy();
        }
        recorder.record(schedule.steps()[j], net, loss, accuracy);
    }

    /** The 1-based step whose forward pass met NaN/Inf, or −1. */
    long divergedStep() {
        return divergedStep;
    }

    /** Completed SGD steps. */
    long stepsDone() {
        return stepsDone;
    }

    TrajectoryRecorder recorder() {
        return recorder;
    }

    /** The last evaluation's test loss (the final one after a completed run). */
    double finalLoss() {
        return evaluator.loss();
    }

    /** The last evaluation's test accuracy. */
    double finalAccuracy() {
        return evaluator.accuracy();
    }
}
