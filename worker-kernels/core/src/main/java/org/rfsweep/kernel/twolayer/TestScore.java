package org.rfsweep.kernel.twolayer;

/**
 * The score of one pass over a test set, one prediction at a time: the loss, mean of (ŷ − y)²
 * (Kahan-compensated, since a set holds thousands of terms of similar size), and the accuracy,
 * the share of samples whose ŷ lies on their class's side of the threshold (class 0 at or above
 * it). Shared by every kernel that reports test loss and accuracy, so they all measure alike.
 * Reusable: {@link #reset()} starts a new pass; nothing is allocated per sample.
 */
public final class TestScore {
    private final double[] targets;
    private final double threshold;
    private double sum;
    private double compensation;
    private int correct;
    private int count;

    /**
     * @param targets   the target y of class 0 and class 1
     * @param threshold the decision threshold of the prediction
     */
    public TestScore(double[] targets, double threshold) {
        if (targets.length != 2) {
            throw new IllegalArgumentException("targets must hold the two classes' values, not " + targets.length);
        }
        this.targets = targets.clone();
        this.threshold = threshold;
    }

    /** Forgets the previous pass. */
    public void reset() {
        sum = 0;
        compensation = 0;
        correct = 0;
        count = 0;
    }

    /** Scores one prediction {@code yHat} of a sample of class {@code cls}. */
    public void add(double yHat, int cls) {
        double d = yHat - targets[cls];
        double term = d * d - compensation;
        double t = sum + term;
        compensation = (t - sum) - term;
        sum = t;
        if ((yHat >= threshold) == (cls == 0)) {
            correct++;
        }
        count++;
    }

    /** The mean squared error of the pass (NaN before any sample). */
    public double loss() {
        return count == 0 ? Double.NaN : sum / count;
    }

    /** The accuracy of the pass in [0, 1] (NaN before any sample). */
    public double accuracy() {
        return count == 0 ? Double.NaN : (double) correct / count;
    }
}
