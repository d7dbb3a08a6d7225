package org.rfsweep.analysis.conv;

import java.util.Arrays;
import org.rfsweep.kernel.twolayer.BiasMode;
import org.rfsweep.kernel.twolayer.TwoLayerConfig;

/**
 * Plain mini-batch SGD on the squared loss (ŷ − y)², averaged over the batch, with the
 * learning-rate conventions of {@code twolayer-sgd} (SCIENCE.md §3; the authors' code), the filter
 * taking the place of a neuron's weight vector:
 *
 * <pre>
 *   filters  η_f = lr · {K mean-field, √K lazy, 1 otherwise}
 *   biases   η_f / N        (bias mode trained)
 *   readout  lr / N         (readout trained)
 * </pre>
 *
 * so a conv-net and a twolayer-sgd spec with the same lr, width and size use the same rates and
 * time t = steps / N. Every gradient of a step uses the pre-step parameters.
 *
 * <p>Implementation note: gradient accumulators and the pass workspace are allocated in the
 * constructor; {@link #step} allocates nothing.
 */
final class ConvTrainer {
    private final ConvNet net;
    private final ConvPass pass;
    private final int batch;
    private final double lrF;
    private final double lrB;
    private final double lrV;
    private final boolean trainBias;
    private final boolean trainReadout;
    private final double[] target = new double[2];
    private final double[][] gradF;
    private final double[] gradB;
    private final double[] gradV;

    ConvTrainer(ConvNet net, TwoLayerConfig cfg) {
        this.net = net;
        this.pass = ConvPass.of(net);
        this.batch = cfg.batch();
        this.lrF = cfg.lr() * cfg.readout().firstLayerRateFactor(net.k);
        this.lrB = lrF / net.n;
        this.lrV = cfg.lr() / net.n;
        this.trainBias = cfg.bias() == BiasMode.TRAINED;
        this.trainReadout = cfg.readout().trained();
        target[0] = cfg.targetOfClass0();
        target[1] = cfg.targetOfClass1();
        this.gradF = new double[net.k][net.taps];
        this.gradB = new double[net.k];
        this.gradV = new double[net.k];
    }

    /**
     * One SGD step on {@code batch} samples.
     *
     * @param xs      samples, row-major (sample s at s·N). Not modified.
     * @param classes their classes. Not modified.
     * @return false if an output or pre-activation was NaN or infinite (parameters then untouched)
     */
    boolean step(double[] xs, int[] classes) {
        for (double[] row : gradF) {
            Arrays.fill(row, 0);
        }
        Arrays.fill(gradB, 0);
        Arrays.fill(gradV, 0);
        for (int smp = 0; smp < batch; smp++) {
            double yHat = pass.forward(xs, smp * net.n);
            if (!Double.isFinite(yHat) || !pass.finite()) {
                return false;
            }
            pass.backward(2 * (yHat - target[classes[smp]]) / batch, gradF, gradB, gradV);
        }
        update();
        return true;
    }

    private void update() {
        for (int kk = 0; kk < net.k; kk++) {
            double[] f = net.filters[kk];
            double[] g = gradF[kk];
            for (int j = 0; j < net.taps; j++) {
                f[j] -= lrF * g[j];
            }
            if (trainBias) {
                net.b[kk] -= lrB * gradB[kk];
            }
            if (trainReadout) {
                net.v[kk] -= lrV * gradV[kk];
            }
        }
    }
}
