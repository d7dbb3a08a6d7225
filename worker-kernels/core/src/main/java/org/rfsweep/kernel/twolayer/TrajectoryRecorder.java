package org.rfsweep.kernel.twolayer;

import java.util.Arrays;
import org.rfsweep.kernel.Trajectory;
import org.rfsweep.metrics.Ipr;
import org.rfsweep.metrics.Summary;

/** Collects the snapshots of one run into a {@link Trajectory} (IPRs always, test metrics where evaluated). */
final class TrajectoryRecorder {
    private final int n;
    private final long[] steps;
    private final double[] times;
    private final double[] loss;
    private final double[] accuracy;
    private final double[] iprMean;
    private final double[] iprMax;
    private final double[][] iprPerNeuron;
    private int count;

    TrajectoryRecorder(int snapshots, int n) {
        this.n = n;
        this.steps = new long[snapshots];
        this.times = new double[snapshots];
        this.loss = new double[snapshots];
        this.accuracy = new double[snapshots];
        this.iprMean = new double[snapshots];
        this.iprMax = new double[snapshots];
        this.iprPerNeuron = new double[snapshots][];
    }

    /** Records the state after {@code step} steps; {@code testLoss}/{@code testAccuracy} NaN if not evaluated. */
    void record(long step, TwoLayerNet net, double testLoss, double testAccuracy) {
        double[] ipr = iprs(net);
        steps[count] = step;
        times[count] = (double) step / n;
        loss[count] = testLoss;
        accuracy[count] = testAccuracy;
        iprMean[count] = Summary.mean(ipr);
        iprMax[count] = Summary.max(ipr);
        iprPerNeuron[count] = ipr;
        count++;
    }

    /** The IPR of every neuron of {@code net}. */
    static double[] iprs(TwoLayerNet net) {
        double[] ipr = new double[net.k];
        for (int j = 0; j < net.k; j++) {
            ipr[j] = Ipr.of(net.w[j]);
        }
        return ipr;
    }

    /** The snapshots recorded so far. */
    Trajectory trajectory() {
        return new Trajectory(Arrays.copyOf(steps, count), Arrays.copyOf(times, count), Arrays.copyOf(loss, count),
                Arrays.copyOf(accuracy, count), Arrays.copyOf(iprMean, count), Arrays.copyOf(iprMax, count),
                Arrays.copyOf(iprPerNeuron, count));
    }
}
