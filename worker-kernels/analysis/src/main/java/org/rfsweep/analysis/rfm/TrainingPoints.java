package org.rfsweep.analysis.rfm;

import org.rfsweep.data.SampleStream;

/**
 * The n training points of a kernel machine: the first n samples of the trial's TRAIN stream (the
 * samples SGD would see first), row-major n × N, with their targets.
 *
 * @param x the inputs, n × N row-major
 * @param y the targets, n
 */
public record TrainingPoints(double[] x, double[] y) {

    /**
     * @param targets the targets of class 0 and 1
     */
    public static TrainingPoints draw(SampleStream train, int n, double[] targets) {
        int dims = train.pixels();
        double[] x = new double[Math.multiplyExact(n, dims)];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = targets[train.next(x, i * dims)];
        }
        return new TrainingPoints(x, y);
    }
}
