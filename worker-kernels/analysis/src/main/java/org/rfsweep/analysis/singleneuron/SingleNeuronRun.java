package org.rfsweep.analysis.singleneuron;

import java.util.Arrays;
import org.rfsweep.data.SampleStream;
import org.rfsweep.kernel.Trajectory;
import org.rfsweep.kernel.twolayer.Schedule;
import org.rfsweep.metrics.Ipr;

/**
 * The gradient-descent loop of one {@code single-neuron} trial: each step draws {@code batch} fresh
 * samples from the TRAIN stream (core's {@link SampleStream}, two samples per FFT) straight into
 * a {@link GradientStep}, then moves the weights once. At every snapshot of the {@link Schedule}
 * (step 0 and log-spaced steps in [1, steps]) it records the IPR and evaluates the test set.
 */
final class SingleNeuronRun {
    private final SingleNeuronConfig cfg;
    private final Neuron neuron;
    private final GradientStep step;
    private final SampleStream train;
    private final TestEvaluation test;
    private final Schedule schedule;
    private final double[] x;
    private final long[] snapSteps;
    private final double[] times;
    private final double[] loss;
    private final double[] accuracy;
    private final double[] ipr;
    private int recorded;
    private long stepsDone;
    private long divergedStep = -1;

    SingleNeuronRun(SingleNeuronConfig cfg, Neuron neuron, SampleStream train, TestEvaluation test) {
        this.cfg = cfg;
        this.neuron = neuron;
        this.step = new GradientStep(neuron);
        this.train = train;
        this.test = test;
        // time = step count here: snapshots log-spaced over the steps themselves
        this.schedule = Schedule.of(cfg.steps(), 1, cfg.steps(), cfg.snapshots(), cfg.snapshots());
        this.x = new double[cfg.pixels()];
        int s = schedule.size();
        this.snapSteps = new long[s];
        this.times = new double[s];
        this.loss = new double[s];
        this.accuracy = new double[s];
        this.ipr = new double[s];
    }

    /** Runs to the end or to the first non-finite pre-activation or weight; returns whether it completed. */
    boolean run() {
        long[] at = schedule.steps();
        snapshot(at[0]);
        for (int j = 1; j < at.length; j++) {
            if (!trainUntil(at[j])) {
                return false;
            }
            snapshot(at[j]);
        }
        return true;
    }

    private boolean trainUntil(long target) {
        while (stepsDone < target) {
            if (!batchStep()) {
                divergedStep = stepsDone + 1;
                return false;
            }
            stepsDone++;
        }
        return true;
    }

    /** One step; false when a pre-activation or an updated weight is not finite. */
    private boolean batchStep() {
        boolean finite = true;
        for (int b = 0; b < cfg.batch(); b++) {
            int cls = train.next(x, 0);
            finite &= Double.isFinite(step.add(x, 0, cfg.target(cls)));
        }
        if (!finite) {
            step.reset();
            return false;
        }
        return step.apply(cfg.lr(), cfg.trainedBias());
    }

    private void snapshot(long at) {
        test.evaluate(neuron);
        snapSteps[recorded] = at;
        times[recorded] = (double) at / cfg.pixels();
        loss[recorded] = test.loss();
        accuracy[recorded] = test.accuracy();
        ipr[recorded] = Ipr.of(neuron.w);
        recorded++;
    }

    /** The snapshots so far; time = step / N as in every kernel's trajectory. */
    Trajectory trajectory() {
        double[][] perNeuron = new double[recorded][];
        for (int j = 0; j < recorded; j++) {
            perNeuron[j] = new double[] {ipr[j]};
        }
        double[] iprs = Arrays.copyOf(ipr, recorded);
        return new Trajectory(Arrays.copyOf(snapSteps, recorded), Arrays.copyOf(times, recorded),
                Arrays.copyOf(loss, recorded), Arrays.copyOf(accuracy, recorded), iprs, iprs.clone(), perNeuron);
    }

    long stepsDone() {
        return stepsDone;
    }

    /** The 1-based step that met a non-finite pre-activation or weight, or −1. */
    long divergedStep() {
        return divergedStep;
    }

    /** The IPR at step 0. */
    double initialIpr() {
        return ipr[0];
    }

    /** The last evaluation (the final one after a completed run). */
    TestEvaluation test() {
        return test;
    }
}
