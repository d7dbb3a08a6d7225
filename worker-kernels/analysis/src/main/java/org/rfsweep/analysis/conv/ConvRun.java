package org.rfsweep.analysis.conv;

import java.util.Arrays;
import org.rfsweep.data.SampleStream;
import org.rfsweep.kernel.Trajectory;
import org.rfsweep.kernel.twolayer.Schedule;
import org.rfsweep.kernel.twolayer.TestSet;
import org.rfsweep.kernel.twolayer.TwoLayerConfig;
import org.rfsweep.metrics.Ipr;
import org.rfsweep.metrics.Summary;

/**
 * The SGD loop of one {@code conv-net} trial on the {@code twolayer-sgd} {@link Schedule}: a
 * snapshot of the filters' IPRs at every scheduled step, a test evaluation where scheduled (t = 0,
 * log-spaced, always the end). The loop body is one sampler call and one
 * {@link ConvTrainer#step}.
 */
final class ConvRun {
    private final ConvNet net;
    private final ConvTrainer trainer;
    private final ConvEvaluator evaluator;
    private final SampleStream train;
    private final Schedule schedule;
    private final double[] xs;
    private final int[] classes;
    private final int batch;
    private final double[] loss;
    private final double[] accuracy;
    private final double[] iprMean;
    private final double[] iprMax;
    private final double[][] iprPerFilter;
    private int recorded;
    private long stepsDone;
    private long divergedStep = -1;

    ConvRun(TwoLayerConfig cfg, ConvNet net, SampleStream train, TestSet test, Schedule schedule) {
        this.net = net;
        this.trainer = new ConvTrainer(net, cfg);
        this.evaluator = new ConvEvaluator(net, test, new double[] {cfg.targetOfClass0(), cfg.targetOfClass1()},
                cfg.threshold());
        this.train = train;
        this.schedule = schedule;
        this.batch = cfg.batch();
        this.xs = new double[Math.multiplyExact(batch, net.n)];
        this.classes = new int[batch];
        int size = schedule.size();
        this.loss = new double[size];
        this.accuracy = new double[size];
        this.iprMean = new double[size];
        this.iprMax = new double[size];
        this.iprPerFilter = new double[size][];
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
        loss[j] = Double.NaN;
        accuracy[j] = Double.NaN;
        if (schedule.evaluate()[j]) {
            evaluator.evaluate();
            loss[j] = evaluator.loss();
            accuracy[j] = evaluator.accuracy();
        }
        double[] ipr = new double[net.k];
        for (int kk = 0; kk < net.k; kk++) {
            ipr[kk] = Ipr.of(net.filters[kk]);
        }
        iprMean[j] = Summary.mean(ipr);
        iprMax[j] = Summary.max(ipr);
        iprPerFilter[j] = ipr;
        recorded = j + 1;
    }

    /** The snapshots recorded so far. */
    Trajectory trajectory() {
        long[] steps = Arrays.copyOf(schedule.steps(), recorded);
        double[] times = new double[recorded];
        for (int j = 0; j < recorded; j++) {
            times[j] = (double) steps[j] / net.n;
        }
        return new Trajectory(steps, times, Arrays.copyOf(loss, recorded), Arrays.copyOf(accuracy, recorded),
                Arrays.copyOf(iprMean, recorded), Arrays.copyOf(iprMax, recorded),
                Arrays.copyOf(iprPerFilter, recorded));
    }

    long stepsDone() {
        return stepsDone;
    }

    long divergedStep() {
        return divergedStep;
    }

    double finalLoss() {
        return evaluator.loss();
    }

    double finalAccuracy() {
        return evaluator.accuracy();
    }
}
