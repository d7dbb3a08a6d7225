package org.rfsweep.analysis.flow;

import org.rfsweep.data.InputConfig;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.twolayer.BiasMode;
import org.rfsweep.kernel.twolayer.Readout;
import org.rfsweep.kernel.twolayer.TwoLayerConfig;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;

/**
 * The typed settings of one {@code gaussian-flow} trial.
 *
 * @param network        the {@code twolayer-sgd} configuration of the same grid point (the family's
 *                       Gaussian control, periodic, erf, h = w·x/√N), whose initial network the flow starts from
 * @param odeTolerance   relative tolerance of the integrator
 * @param accuracyPoints Sobol points of the accuracy integral
 */
record GaussianFlowConfig(TwoLayerConfig network, double odeTolerance, int accuracyPoints) {

    static GaussianFlowConfig from(ResolvedParams p) {
        InputConfig family = InputConfig.from(p);
        if (!family.periodic()) {
            throw new InvalidParameterException("periodic", "gaussian-flow needs periodic boundaries: the DFT "
                    + "diagonalises the class covariances only on the ring or torus");
        }
        // The Gaussian with the family's covariance: the family's own control. For the NLGP this is
        // InputConfig(InputKind.GP, ..., gain, jitter), what version 1 built, the same bits.
        InputConfig input = new InputConfig(family.family(), true, family.dim(), family.size(), true, family.xi(),
                family.jitter());
        TwoLayerConfig net = new TwoLayerConfig(input, p.getInt("width"), p.getString("activation"),
                (Double) TwoLayerSchema.PARAMS.require("alpha").defaultValue(),
                (Double) TwoLayerSchema.PARAMS.require("beta").defaultValue(),
                Readout.parse(p.getString("readout")), BiasMode.parse(p.getString("bias")), p.getDouble("bias_init"),
                true, p.getDouble("init_std"), p.getDouble("lr"), p.getInt("batch"),
                p.getString("labels").equals("binary"), p.getDouble("time"), p.getInt("snapshots"),
                p.getInt("evaluations"), 1, p.getLong("seed"));
        return new GaussianFlowConfig(net, p.getDouble("ode_tolerance"), p.getInt("accuracy_points"));
    }

    /** N. */
    int pixels() {
        return network.pixels();
    }

    /** K. */
    int width() {
        return network.width();
    }

    /** y of class m. */
    double target(int m) {
        return m == 0 ? network.targetOfClass0() : network.targetOfClass1();
    }
}
