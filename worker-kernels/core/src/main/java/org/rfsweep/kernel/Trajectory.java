package org.rfsweep.kernel;

import java.io.Serializable;

/**
 * Time series recorded during training, one entry per snapshot. Arrays are owned by this
 * record once constructed; callers must not modify them.
 *
 * @param steps         SGD step of each snapshot
 * @param times         time t = steps / N of each snapshot
 * @param testLoss      test loss, NaN at snapshots without a test-set evaluation
 * @param testAccuracy  test accuracy in [0, 1], NaN where not evaluated
 * @param iprMean       mean IPR over neurons
 * @param iprMax        max IPR over neurons
 * @param iprPerNeuron  [snapshot][neuron] IPR
 */
public record Trajectory(long[] steps, double[] times, double[] testLoss, double[] testAccuracy,
                         double[] iprMean, double[] iprMax, double[][] iprPerNeuron) implements Serializable {

    /**
     * The trajectories table's column of each component, named here with the record so that the
     * table writer and its readers share one name (the IPR columns are the trajectory's, whatever a
     * kernel calls its own summary metrics).
     */
    public static final String STEP = "step";
    public static final String TIME = "time";
    public static final String TEST_LOSS = "test_loss";
    public static final String TEST_ACCURACY = "test_accuracy";
    public static final String IPR_MEAN = "ipr_mean";
    public static final String IPR_MAX = "ipr_max";
    public static final String IPR_PER_NEURON = "ipr_per_neuron";

    public static final Trajectory EMPTY = new Trajectory(new long[0], new double[0], new double[0],
            new double[0], new double[0], new double[0], new double[0][]);

    public Trajectory {
        int n = steps.length;
        if (times.length != n || testLoss.length != n || testAccuracy.length != n || iprMean.length != n
                || iprMax.length != n || iprPerNeuron.length != n) {
            throw new IllegalArgumentException("trajectory arrays must all have " + n + " entries");
        }
    }

    public int size() {
        return steps.length;
    }
}
