package org.rfsweep.kernel.twolayer;

import org.rfsweep.math.RowAxpy;

/**
 * Plain mini-batch SGD on the squared loss, following the authors' code (sgoldt/conv_emerge,
 * {@code conv_emerge_online.py}): the loss of a mini-batch of B samples is PyTorch's
 * {@code mse_loss}, the mean over the batch of (ŷ − y)², with no factor 1/2. (The authors'
 * network has two output heads with antisymmetric readouts and targets ±(y, −y); their mean
 * squared error over both heads equals (ŷ − y)² exactly.) One step uses the pre-step parameters
 * for every gradient:
 *
 * <pre>
 *   e_s     = 2 (ŷ_s − y_s) / B
 *   g_sk    = e_s v_k σ'(h_sk) / norm                       (∂L/∂h_k)
 *   w_k    -= η_w Σ_s g_sk x_s · inputScale                 η_w = lr · {K mean-field, √K lazy, 1 else}
 *   b_k    -= η_w / N · Σ_s g_sk                            (bias mode trained)
 *   v_k    -= lr / N · Σ_s e_s σ(h_sk) / norm               (readout trained)
 * </pre>
 *
 * <p>A step is one parameter update; it consumes B samples. Time t = steps / N regardless of B,
 * as in the authors' code.
 *
 * <p>Implementation note: all buffers are allocated in the constructor; {@link #step} allocates
 * nothing. The forward pass uses {@link TwoLayerNet#dots}; the first-layer update is
 * {@link RowAxpy} per sample (each chunk of x applied to four rows at once on the vector path).
 * Fusing the update with the next sample's forward pass was rejected: it serialises the axpy into
 * the FMA chains and costs more than the second pass over W (25 kB at N=400, K=8, L1-resident)
 * saves.
 */
public final class SgdTrainer {
    private final TwoLayerNet net;
    private final int batch;
    private final double lrW;
    private final double lrB;
    private final double lrV;
    private final boolean trainBias;
    private final boolean trainReadout;
    private final double[] target = new double[2];
    private final double[] h;
    private final double[] s;
    private final double[] ds;
    private final double[] err;
    private final double[] gradB;
    private final double[] gradV;
    /** The first-layer update's per-neuron coefficient for one sample. */
    private final double[] coef;

    /**
     * @param net the network to train in place
     * @param cfg rates, modes, batch and labels
     */
    public SgdTrainer(TwoLayerNet net, TwoLayerConfig cfg) {
        this.net = net;
        this.batch = cfg.batch();
        int k = net.k;
        this.lrW = cfg.lr() * cfg.readout().firstLayerRateFactor(k);
        this.lrB = lrW / net.n;
        this.lrV = cfg.lr() / net.n;
        this.trainBias = cfg.bias() == BiasMode.TRAINED;
        this.trainReadout = cfg.readout().trained();
        target[0] = cfg.targetOfClass0();
        target[1] = cfg.targetOfClass1();
        this.h = new double[batch * k];
        this.s = new double[batch * k];
        this.ds = new double[batch * k];
        this.err = new double[batch];
        this.gradB = new double[k];
        this.gradV = new double[k];
        this.coef = new double[k];
    }

    /**
     * One SGD step on a mini-batch.
     *
     * @param xs      B samples, row-major (sample s at s·N). Not modified.
     * @param classes their classes (0 or 1). Not modified.
     * @return false if a pre-activation or an output was NaN or infinite; the parameters are
     *         then left untouched by this step
     */
    public boolean step(double[] xs, int[] classes) {
        for (int smp = 0; smp < batch; smp++) {
            if (!forward(xs, smp, classes[smp])) {
                return false;
            }
        }
        updateFirstLayer(xs);
        if (trainBias || trainReadout) {
            updateBiasAndReadout();
        }
        return true;
    }

    /** Forward pass of sample {@code smp}; stores h, σ, σ' and its error e. */
    private boolean forward(double[] xs, int smp, int cls) {
        TwoLayerNet net = this.net;
        int k = net.k;
        int off = smp * k;
        net.dots(xs, smp * net.n, h, off);
        double hSum = 0;
        for (int j = 0; j < k; j++) {
            double hj = h[off + j] * net.inputScale + net.b[j];
            h[off + j] = hj;
            hSum += hj;
        }
        net.activation.apply(h, off, s, ds, k);
        double out = 0;
        for (int j = 0; j < k; j++) {
            out += net.v[j] * s[off + j];
        }
        double yHat = out / net.norm;
        err[smp] = 2 * (yHat - target[cls]) / batch;
        // A NaN/Inf anywhere in w, b, v or x reaches h or ŷ: checking these K+1 sums replaces a scan of W.
        return Double.isFinite(yHat + hSum);
    }

    private void updateFirstLayer(double[] xs) {
        TwoLayerNet net = this.net;
        int n = net.n;
        int k = net.k;
        double scale = -lrW * net.inputScale / net.norm;
        for (int smp = 0; smp < batch; smp++) {
            for (int j = 0; j < k; j++) {
                coef[j] = scale * err[smp] * net.v[j] * ds[smp * k + j];
            }
            RowAxpy.update(net.w, 0, k, coef, xs, smp * n, n);
        }
    }

    private void updateBiasAndReadout() {
        TwoLayerNet net = this.net;
        int k = net.k;
        for (int j = 0; j < k; j++) {
            double gb = 0;
            double gv = 0;
            for (int smp = 0; smp < batch; smp++) {
                gb += err[smp] * ds[smp * k + j];
                gv += err[smp] * s[smp * k + j];
            }
            gradB[j] = gb * net.v[j] / net.norm;
            gradV[j] = gv / net.norm;
        }
        for (int j = 0; j < k; j++) {
            if (trainBias) {
                net.b[j] -= lrB * gradB[j];
            }
            if (trainReadout) {
                net.v[j] -= lrV * gradV[j];
            }
        }
    }
}
