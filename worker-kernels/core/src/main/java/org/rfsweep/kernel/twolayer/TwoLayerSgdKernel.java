package org.rfsweep.kernel.twolayer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rfsweep.data.InputModel;
import org.rfsweep.kernel.AbstractKernel;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.RandomStreams;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;

/**
 * The {@code twolayer-sgd} kernel (SCIENCE.md §1-4): a two-layer network trained by plain SGD on
 * the squared loss to tell NLGP (or Gaussian-control) inputs of two correlation lengths apart, as
 * in Ingrosso &amp; Goldt, PNAS 119(40) 2022 and their code (sgoldt/conv_emerge); it reports the
 * localisation of the learned receptive fields.
 *
 * <p>Randomness: three streams of {@link RandomStreams}, keyed by (seed, name) only: WEIGHTS
 * (initial w and v), TRAIN (training samples), TEST (the fixed test set). Trials sharing a seed
 * share their draws whatever their other parameters (common random numbers).
 *
 * <p>Memory at the defaults (N = 400, K = 8, test_size 20,000): the float test set (32 MB) plus
 * the sampler's spectra and the network, well under 100 MB.
 */
public final class TwoLayerSgdKernel extends AbstractKernel {
    /** The kernel name in specs. */
    public static final String NAME = "twolayer-sgd";
    /** Bump when results change. */
    public static final String VERSION = "3";

    /** Largest test set, in stored floats (1 GiB). */
    static final long MAX_TEST_FLOATS = 1L << 28;
    /** Largest first layer or mini-batch buffer, in doubles (512 MiB). */
    static final long MAX_DOUBLES = 1L << 26;
    /** Largest number of SGD steps, T·N. */
    static final double MAX_STEPS = 1e15;

    public TwoLayerSgdKernel() {
        super(NAME, VERSION, "two-layer network, online SGD on NLGP/GP inputs; localisation of receptive fields "
                + "(Ingrosso & Goldt, PNAS 2022)",
                TwoLayerSchema.PARAMS, TwoLayerSchema.METRICS, TwoLayerSchema.ROLES);
    }

    /**
     * Checks the input distribution (a non-PSD covariance names ξ and size) and the sizes of the
     * trial's buffers; an odd K is allowed (the extra neuron joins the −b group, as the authors'
     * {@code int(K/2)} split does).
     */
    @Override
    public void validate(ResolvedParams params) {
        TwoLayerConfig cfg = TwoLayerConfig.from(params);
        checkSizes(cfg);
        InputModel.of(cfg.input());
    }

    private static void checkSizes(TwoLayerConfig cfg) {
        long n = cfg.pixels();
        if (cfg.evaluations() > cfg.snapshots()) {
            throw new InvalidParameterException("evaluations", String.format(Locale.ROOT,
                    "test evaluations happen at snapshots, so there can be at most snapshots = %d of them, got %d",
                    cfg.snapshots(), cfg.evaluations()));
        }
        if ((long) cfg.testSize() * n > MAX_TEST_FLOATS) {
            throw new InvalidParameterException("test_size", String.format(Locale.ROOT,
                    "test_size x N = %d x %d values exceeds the limit of %d", cfg.testSize(), n, MAX_TEST_FLOATS));
        }
        if ((long) cfg.width() * n > MAX_DOUBLES) {
            throw new InvalidParameterException("width", String.format(Locale.ROOT,
                    "width x N = %d x %d weights exceeds the limit of %d", cfg.width(), n, MAX_DOUBLES));
        }
        if ((long) cfg.batch() * n > MAX_DOUBLES) {
            throw new InvalidParameterException("batch", String.format(Locale.ROOT,
                    "batch x N = %d x %d values exceeds the limit of %d", cfg.batch(), n, MAX_DOUBLES));
        }
        if (cfg.time() * n > MAX_STEPS) {
            throw new InvalidParameterException("time", String.format(Locale.ROOT,
                    "time x N = %.4g SGD steps exceeds the limit of %.0e", cfg.time() * n, MAX_STEPS));
        }
    }

    /**
     * Roughly the run time in nanoseconds on the reference machine: sampling (O(N log N) per sample
     * periodic, O(N²) open) for every training and test sample, the network's forward and backward
     * passes (O(N·K) per sample) and the test-set evaluations (O(N·K) per test sample each).
     */
    @Override
    public double estimateCost(ResolvedParams params) {
        TwoLayerConfig cfg = TwoLayerConfig.from(params);
        double n = cfg.pixels();
        double perSample = cfg.input().periodic() ? n * (6 + Math.log(n) / Math.log(2)) : 0.5 * n * n;
        double trainSamples = cfg.time() * n * cfg.batch();
        double network = 0.4 * n * cfg.width();
        double evaluations = Math.min(cfg.evaluations(), cfg.snapshots()) + 1.0;
        return trainSamples * (perSample + network) + cfg.testSize() * (perSample + evaluations * 0.1 * n * cfg.width());
    }

    /**
     * Samples of the warm-up trial (SGD steps at batch 1): enough for every hot method of the step
     * (sampler, FFT stages, dot products, update) to pass the JIT's C2 thresholds (about 5,000
     * calls, or 15,000 calls plus loop iterations) at any N.
     */
    static final long WARM_UP_STEPS = 20_000;

    /**
     * {@code like} shortened to about {@value #WARM_UP_STEPS} samples with a small test set and few
     * snapshots; everything that picks a code path (dim, size, boundary, family, width, batch,
     * activation) is kept.
     */
    @Override
    public Optional<TrialSpec> warmUpTrial(ResolvedParams like) {
        TwoLayerConfig cfg = TwoLayerConfig.from(like);
        Map<String, Object> p = new HashMap<>();
        like.asMap().forEach((name, value) -> { // defaults stay implicit (a neutral NaN default is not a valid input)
            if (!TwoLayerSchema.PARAMS.require(name).isDefault(value)) {
                p.put(name, value);
            }
        });
        // WARM_UP_STEPS samples: the sampler is called once per sample, the step's loops run over the batch
        double steps = Math.ceil((double) WARM_UP_STEPS / cfg.batch());
        p.put("time", Math.min(cfg.time(), steps / cfg.pixels()));
        p.put("test_size", Math.min(cfg.testSize(), 200));
        p.put("snapshots", Math.min(cfg.snapshots(), 10));
        p.put("evaluations", Math.min(cfg.evaluations(), 3));
        return Optional.of(TrialSpec.of(this, TwoLayerSchema.PARAMS.resolve(p)));
    }

    /**
     * Runs the trial; a pure function of {@code spec} (no clock, no threads, no output).
     *
     * @throws IllegalArgumentException if the spec is for another kernel or version
     * @throws InvalidParameterException if the parameters are invalid
     */
    @Override
    public TrialResult run(TrialSpec spec) {
        requireOwnSpec(spec);
        TwoLayerConfig cfg = TwoLayerConfig.from(spec.params());
        checkSizes(cfg);
        return TwoLayerTrial.train(cfg, InputModel.of(cfg.input())).result();
    }

    /**
     * Trials that share their draws share a key ({@link TrainingGroups#key}): those that see the
     * same inputs (equal in every parameter but the network and training ones of
     * {@link TrainingGroups#MEMBER_PARAMS}), and, for the NLGP and NORTA families, those whose
     * inputs differ only in the pointwise map of the same latent draws (gain, marginal, shape).
     */
    @Override
    public Object groupKey(ResolvedParams params) {
        return TrainingGroups.key(params);
    }

    /**
     * Trains trials of one {@link #groupKey} in lockstep ({@link LockstepRun}): every mini-batch
     * (or its latent samples) and each test set are drawn once, each member steps on them; the
     * results are bit-identical to {@link #run} of each trial alone.
     *
     * @throws IllegalArgumentException if a spec is for another kernel or version, or the keys differ
     * @throws InvalidParameterException if a member's parameters are invalid
     */
    @Override
    public List<TrialResult> runGroup(List<TrialSpec> specs) {
        if (specs.size() == 1) {
            return List.of(run(specs.get(0)));
        }
        List<TwoLayerConfig> cfgs = new ArrayList<>(specs.size());
        List<String> inputs = new ArrayList<>(specs.size());
        List<InputModel> models = new ArrayList<>(specs.size());
        Map<String, InputModel> modelOf = new HashMap<>();
        Object key = groupKey(specs.get(0).params());
        for (TrialSpec spec : specs) {
            requireOwnSpec(spec);
            if (!key.equals(groupKey(spec.params()))) {
                throw new IllegalArgumentException("trial " + spec.trialId() + " does not share the group's draws");
            }
            TwoLayerConfig cfg = TwoLayerConfig.from(spec.params());
            checkSizes(cfg);
            cfgs.add(cfg);
            String inputsKey = TrainingGroups.inputsKey(spec.params());
            inputs.add(inputsKey);
            models.add(modelOf.computeIfAbsent(inputsKey, k -> InputModel.of(cfg.input())));
        }
        return TrainingGroups.lockstep(cfgs, inputs, models);
    }
}
