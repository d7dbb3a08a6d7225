package org.rfsweep.analysis.singleneuron;

import org.rfsweep.data.InputConfig;
import org.rfsweep.kernel.ResolvedParams;

/**
 * The typed settings of one {@code single-neuron} trial, read once from the resolved parameters.
 *
 * @param input       the input distribution
 * @param activation  activation name (core's {@link org.rfsweep.kernel.twolayer.Activation#of})
 * @param alpha       cubic activation: linear coefficient
 * @param beta        cubic activation: cubic coefficient
 * @param trainedBias whether the bias is trained (else it is fixed at 0)
 * @param biasInit    initial bias when trained
 * @param scaleInput  whether h = w·x/√N (true) or w·x (false)
 * @param initStd     standard deviation of the initial weights
 * @param truncated   whether the initial weights are drawn from a ±2σ-truncated normal (rescaled)
 * @param lr          learning rate
 * @param batch       fresh samples per step
 * @param steps       gradient steps
 * @param snapshots   log-spaced snapshots in [1, steps]
 * @param binary      labels 1/0 (true) or +1/−1 (false)
 * @param testSize    size of the fixed test set
 * @param seed        seed of every random stream
 */
public record SingleNeuronConfig(InputConfig input, String activation, double alpha, double beta,
                                 boolean trainedBias, double biasInit, boolean scaleInput, double initStd,
                                 boolean truncated, double lr, int batch, int steps, int snapshots, boolean binary, int testSize,
                                 long seed) {

    /** Reads every parameter of {@link SingleNeuronSchema#PARAMS}. */
    public static SingleNeuronConfig from(ResolvedParams p) {
        InputConfig input = InputConfig.from(p);
        boolean trained = p.getString("bias").equals("trained");
        return new SingleNeuronConfig(input, p.getString("activation"), p.getDouble("alpha"), p.getDouble("beta"),
                trained, trained ? p.getDouble("bias_init") : 0, p.getString("input_scale").equals("sqrt-n"),
                p.getDouble("init_std"), p.getString("init").equals("truncated-normal"), p.getDouble("lr"), p.getInt("batch"), p.getInt("num_steps"),
                p.getInt("snapshots"), p.getString("labels").equals("binary"), p.getInt("test_size"),
                p.getLong("seed"));
    }

    /** N, the number of input pixels. */
    public int pixels() {
        return input.pixels();
    }

    /** Target of class m: class 0 → 1; class 1 → 0 (binary) or −1 (pm1). */
    public double target(int m) {
        return m == 0 ? 1 : binary ? 0 : -1;
    }

    /** Decision threshold on ŷ: predicted class 0 iff ŷ ≥ threshold (0.5 binary, 0 pm1). */
    public double threshold() {
        return binary ? 0.5 : 0;
    }
}
