package org.rfsweep.analysis.conv;

import org.rfsweep.kernel.AbstractKernel;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.twolayer.Schedule;
import org.rfsweep.kernel.twolayer.TwoLayerConfig;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;
import org.rfsweep.kernel.twolayer.TwoLayerSgdKernel;

/**
 * The {@code conv-net} kernel (SCIENCE.md §5, "Convolutional comparison"): a one-layer
 * convolutional network ({@link ConvNet}: K filters of width F (F × F on a 2-D torus), circular or valid, σ with a ±1
 * trained bias per filter, mean or max pooling, the twolayer readout) trained by online SGD
 * ({@link ConvTrainer}) on the same task and the same random streams as {@code twolayer-sgd}
 * (TRAIN and TEST of the seed: the same samples; WEIGHTS for the filters), on the same
 * {@link Schedule}. With {@code compare_fc} it also trains the {@code twolayer-sgd} network at
 * the same parameters and seed and reports how well each filter matches the FC network's
 * localised receptive fields ({@link FilterMatch}: best |NCC| over circular shifts and sign), the
 * initial random filters giving the chance level. Results: {@link ConvResults}.
 */
public final class ConvNetKernel extends AbstractKernel {
    /** The kernel name in specs. */
    public static final String NAME = "conv-net";
    /** Bump when results change. */
    public static final String VERSION = "2";

    private final TwoLayerSgdKernel twoLayer = new TwoLayerSgdKernel();

    public ConvNetKernel() {
        super(NAME, VERSION, "one-layer conv net (K filters, pooling) on the twolayer-sgd task and data; its filters "
                + "against the FC receptive fields (best NCC over shifts)",
                ConvSchema.PARAMS, ConvSchema.METRICS, TwoLayerSchema.ROLES);
    }

    /** The conv-specific checks (filter width), then everything {@code twolayer-sgd} checks. */
    @Override
    public void validate(ResolvedParams params) {
        ConvConfig.from(params).validate();
        twoLayer.validate(params);
    }

    /**
     * Roughly nanoseconds: per training step a forward and backward pass of K·P·F multiply-adds
     * and K·P activations plus the sample, the test evaluations (K·P·F each sample), and the FC
     * trial when compared.
     */
    @Override
    public double estimateCost(ResolvedParams params) {
        ConvConfig cfg = ConvConfig.from(params);
        TwoLayerConfig base = cfg.base();
        double n = cfg.pixels();
        double perSample = base.input().periodic() ? n * (6 + Math.log(n) / Math.log(2)) : 0.5 * n * n;
        double pass = base.width() * (double) cfg.positions() * (cfg.taps() * 0.3 + 10);
        double evaluations = Math.min(base.evaluations(), base.snapshots()) + 1.0;
        double conv = base.time() * n * base.batch() * (perSample + 2 * pass)
                + base.testSize() * (perSample + evaluations * pass);
        return conv + (cfg.compareFc() ? twoLayer.estimateCost(params) : 0);
    }

    /**
     * Runs the trial: a pure function of {@code spec}.
     *
     * @throws IllegalArgumentException if the spec is for another kernel or version, or invalid
     */
    @Override
    public TrialResult run(TrialSpec spec) {
        requireOwnSpec(spec);
        validate(spec.params());
        return ConvTrial.train(ConvConfig.from(spec.params())).result();
    }
}
