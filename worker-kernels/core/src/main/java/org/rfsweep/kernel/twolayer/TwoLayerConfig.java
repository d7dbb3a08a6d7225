package org.rfsweep.kernel.twolayer;

import org.rfsweep.data.InputConfig;
import org.rfsweep.kernel.ResolvedParams;

/**
 * The typed network and training settings of one {@code twolayer-sgd} trial, read once from the
 * resolved parameters (so nothing downstream looks values up by name).
 *
 * @param input       the input distribution
 * @param width       K, the number of hidden neurons
 * @param activation  activation name (see {@link Activation#of})
 * @param alpha       cubic activation: linear coefficient
 * @param beta        cubic activation: cubic coefficient
 * @param readout     second-layer mode
 * @param bias        bias mode
 * @param biasInit    |b| of the two bias groups
 * @param scaleInput  whether h = w·x/√N (true) or w·x (false)
 * @param initStd     standard deviation of the initial weights
 * @param lr          base learning rate
 * @param batch       mini-batch size
 * @param binary      labels 1/0 (true) or +1/−1 (false)
 * @param time        training time T; T·N SGD steps
 * @param snapshots   number of log-spaced snapshots in [0.1, T]
 * @param evaluations number of log-spaced test evaluations among the snapshots
 * @param testSize    size of the test set
 * @param seed        seed of every random stream
 */
public record TwoLayerConfig(InputConfig input, int width, String activation, double alpha, double beta,
                             Readout readout, BiasMode bias, double biasInit, boolean scaleInput, double initStd,
                             double lr, int batch, boolean binary, double time, int snapshots, int evaluations,
                             int testSize, long seed) {

    /** Reads every parameter of {@link TwoLayerSchema#PARAMS}. */
    public static TwoLayerConfig from(ResolvedParams p) {
        InputConfig input = InputConfig.from(p);
        return new TwoLayerConfig(input, p.getInt("width"), p.getString("activation"), p.getDouble("alpha"),
                p.getDouble("beta"), Readout.parse(p.getString("readout")), BiasMode.parse(p.getString("bias")),
                p.getDouble("bias_init"), p.getString("input_scale").equals("sqrt-n"), p.getDouble("init_std"),
                p.getDouble("lr"), p.getInt("batch"), p.getString("labels").equals("binary"), p.getDouble("time"),
                p.getInt("snapshots"), p.getInt("evaluations"), p.getInt("test_size"), p.getLong("seed"));
    }

    /** N, the number of input pixels. */
    public int pixels() {
        return input.pixels();
    }

    /** Total SGD steps: ⌈T·N⌉ (at least 1); each step consumes {@code batch} samples. */
    public long totalSteps() {
        return Math.max(1, (long) Math.ceil(time * pixels() - 1e-9));
    }

    /** Target of class 0: +1 (pm1) or 1 (binary). */
    public double targetOfClass0() {
        return 1;
    }

    /** Target of class 1: −1 (pm1) or 0 (binary). */
    public double targetOfClass1() {
        return binary ? 0 : -1;
    }

    /** The decision threshold on ŷ: predicted class 0 iff ŷ ≥ threshold (0 for pm1, 0.5 for binary). */
    public double threshold() {
        return binary ? 0.5 : 0;
    }
}
