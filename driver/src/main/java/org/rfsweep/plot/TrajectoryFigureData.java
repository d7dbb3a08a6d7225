package org.rfsweep.plot;

import java.util.List;

/**
 * The numbers behind one IPR(t) figure: one grid point's ok trials.
 *
 * @param label       the grid point, e.g. {@code inputs=nlgp, gain=3.162}
 * @param randomLevel the IPR of random weights, 3/(N+2)
 * @param seeds       per trial: its per-neuron IPR over time
 * @param meanTime    the snapshot times of the seed mean
 * @param meanIpr     mean over seeds of the neurons' mean IPR at each snapshot
 * @param meanAccuracy mean over seeds of the test accuracy (NaN at snapshots without an evaluation)
 */
public record TrajectoryFigureData(String label, double randomLevel, List<Seed> seeds, double[] meanTime, double[] meanIpr,
                                   double[] meanAccuracy) {
    public TrajectoryFigureData {
        seeds = List.copyOf(seeds);
    }

    /**
     * @param seed   the trial's seed
     * @param time   snapshot times (steps / N)
     * @param ipr    [neuron][snapshot]
     * @param accuracy test accuracy per snapshot, NaN where not evaluated
     */
    public record Seed(long seed, double[] time, double[][] ipr, double[] accuracy) {
    }
}
