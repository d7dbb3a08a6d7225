package org.rfsweep.analysis.rfm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.rfsweep.analysis.linalg.EigenFeatures;
import org.rfsweep.kernel.Trajectory;
import org.rfsweep.kernel.twolayer.TestScore;
import org.rfsweep.kernel.twolayer.TestSet;
import org.rfsweep.metrics.Lattice;

/**
 * The loop of a feature-learning kernel machine (SCIENCE.md §9): for t = 0 .. T−1, fit Laplace
 * kernel ridge regression with the image metric of M_t, score it on the test set, and set
 * M_{t+1} from the AGOP of the fitted predictor over the training points; then refit with M_T
 * and score again. Every training point enters the AGOP: the kernels cap n far below the
 * 20,000 points SCIENCE.md allows before subsampling.
 *
 * @param matrices learned matrices M_0 .. M_T (the metric of fit t)
 * @param loss     test mean squared error of fit t, t = 0 .. T
 * @param accuracy test accuracy of fit t
 */
public record FeatureIteration(List<double[]> matrices, double[] loss, double[] accuracy) {

    /**
     * @param krr        the kernel machine on the training points
     * @param update     the feature update (RFM or ConvRFM)
     * @param iterations T
     * @param test       the trial's test set
     * @param targets    the targets of class 0 and 1
     * @param threshold  the decision threshold on f
     * @param dims       N
     */
    public static FeatureIteration run(LaplaceKrr krr, FeatureUpdate update, int iterations, TestSet test,
                                       double[] targets, double threshold, int dims, int trainSize) {
        List<double[]> matrices = new ArrayList<>();
        double[] loss = new double[iterations + 1];
        double[] accuracy = new double[iterations + 1];
        double[] directions = new double[Math.multiplyExact(trainSize, dims)];
        TestScore score = new TestScore(targets, threshold);
        double[] m = update.initial();
        for (int t = 0; ; t++) {
            matrices.add(m);
            krr.fit(update.imageMetric(m));
            score(krr, test, score, dims);
            loss[t] = score.loss();
            accuracy[t] = score.accuracy();
            if (t == iterations) {
                return new FeatureIteration(matrices, loss, accuracy);
            }
            krr.gradientDirections(directions);
            m = update.next(m, MatrixOps.meanOuter(directions, trainSize, dims));
        }
    }

    private static void score(LaplaceKrr krr, TestSet test, TestScore score, int dims) {
        double[] point = new double[dims];
        double[] work = new double[dims];
        score.reset();
        for (int p = 0; p < test.size(); p++) {
            test.copySample(p, point, 0);
            score.add(krr.predict(point, 0, work), test.classOf(p));
        }
    }

    /** M_T, the final learned matrix. */
    public double[] last() {
        return matrices.get(matrices.size() - 1);
    }

    /**
     * One trajectory point per fit: step t, test loss and accuracy, and the IPRs of M_t's
     * {@code top} leading eigenvectors; NaN at t = 0, where M₀ ∝ I has no preferred basis.
     *
     * @param side  the order of the learned matrices
     * @param place maps an eigenvector to its image vector (see {@link EigenFeatures#of})
     */
    public Trajectory trajectory(int side, int top, UnaryOperator<double[]> place, Lattice lattice, double xi0) {
        int size = loss.length;
        long[] steps = new long[size];
        double[] times = new double[size];
        double[] mean = new double[size];
        double[] max = new double[size];
        double[][] per = new double[size][];
        for (int t = 0; t < size; t++) {
            steps[t] = t;
            times[t] = t;
            if (t == 0) {
                per[t] = new double[top];
                Arrays.fill(per[t], Double.NaN);
                mean[t] = Double.NaN;
                max[t] = Double.NaN;
            } else {
                EigenFeatures f = EigenFeatures.of(matrices.get(t), side, top, 0, place, lattice, xi0);
                per[t] = f.ipr();
                mean[t] = f.iprMean();
                max[t] = f.iprMax();
            }
        }
        return new Trajectory(steps, times, loss.clone(), accuracy.clone(), mean, max, per);
    }
}
