package org.rfsweep.kernel.twolayer;

/**
 * An obviously-correct reference of the two-layer network and one SGD step, written directly from
 * SCIENCE.md §3 with double loops and 2-D arrays, for comparison with the optimised
 * {@link SgdTrainer}. Loss per mini-batch: (1/B) Σ_s (ŷ_s − y_s)².
 */
final class NaiveTwoLayer {
    final int n;
    final int k;
    final double[][] w;
    final double[] b;
    final double[] v;
    private final Activation sigma;
    private final boolean scaleInput;
    private final String readout;
    private final String bias;
    private final double lr;
    private final boolean binary;

    NaiveTwoLayer(TwoLayerNet init, String readout, String bias, boolean scaleInput, double lr,
                  boolean binary, Activation sigma) {
        this.n = init.n;
        this.k = init.k;
        this.w = new double[k][n];
        for (int j = 0; j < k; j++) {
            System.arraycopy(init.w[j], 0, w[j], 0, n);
        }
        this.b = init.b.clone();
        this.v = init.v.clone();
        this.readout = readout;
        this.bias = bias;
        this.scaleInput = scaleInput;
        this.lr = lr;
        this.binary = binary;
        this.sigma = sigma;
    }

    double norm() {
        if (readout.equals("mean-field")) {
            return k;
        }
        return readout.equals("lazy") ? Math.sqrt(k) : 1;
    }

    double preActivation(int j, double[] x) {
        double dot = 0;
        for (int i = 0; i < n; i++) {
            dot += w[j][i] * x[i];
        }
        return (scaleInput ? dot / Math.sqrt(n) : dot) + b[j];
    }

    double output(double[] x) {
        double sum = 0;
        for (int j = 0; j < k; j++) {
            sum += v[j] * sigma.value(preActivation(j, x));
        }
        return sum / norm();
    }

    double target(int cls) {
        if (binary) {
            return cls == 0 ? 1 : 0;
        }
        return cls == 0 ? 1 : -1;
    }

    /** One SGD step on the samples xs[s] with classes cls[s]; gradients from the pre-step parameters. */
    void step(double[][] xs, int[] cls) {
        int batch = xs.length;
        double lrW = lr;
        if (readout.equals("mean-field")) {
            lrW = lr * k;
        } else if (readout.equals("lazy")) {
            lrW = lr * Math.sqrt(k);
        }
        double[][] gw = new double[k][n];
        double[] gb = new double[k];
        double[] gv = new double[k];
        for (int s = 0; s < batch; s++) {
            double dLossDyHat = 2 * (output(xs[s]) - target(cls[s])) / batch;
            for (int j = 0; j < k; j++) {
                double h = preActivation(j, xs[s]);
                double dLossDh = dLossDyHat * v[j] * sigma.derivative(h) / norm();
                for (int i = 0; i < n; i++) {
                    gw[j][i] += dLossDh * xs[s][i] * (scaleInput ? 1 / Math.sqrt(n) : 1);
                }
                gb[j] += dLossDh;
                gv[j] += dLossDyHat * sigma.value(h) / norm();
            }
        }
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) {
                w[j][i] -= lrW * gw[j][i];
            }
            if (bias.equals("trained")) {
                b[j] -= lrW / n * gb[j];
            }
            if (readout.equals("trained")) {
                v[j] -= lr / n * gv[j];
            }
        }
    }
}
