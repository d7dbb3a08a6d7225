package org.rfsweep.kernel.twolayer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rfsweep.data.InputConfig;
import org.rfsweep.data.InputModel;
import org.rfsweep.data.LatentSharing;
import org.rfsweep.data.SampleStream;
import org.rfsweep.kernel.RandomStreams;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;

/**
 * Which {@code twolayer-sgd} trials share their draws, and how a group of them is set up.
 *
 * <p>The TRAIN and TEST streams depend only on the seed, and the samples drawn from them only on
 * the input distribution; the batch size fixes how many samples a step takes, the test size how
 * many the test set holds. Trials equal in all of those see exactly the same mini-batches and the
 * same test set, whatever their network and training parameters (an inputs group). Trials whose
 * inputs are pointwise maps of the same latent draws ({@link LatentSharing}: the NLGP at any
 * gain, the NORTA marginals) share the latent samples of TRAIN (a latent group); each set of
 * equal inputs among them maps them once, and draws its own test set.
 */
final class TrainingGroups {
    /**
     * The parameters a member of an inputs group may have of its own: they shape the network, its
     * training and its schedule, never a draw of TRAIN or TEST. Every other parameter (any added
     * later too) is part of the key, so an unknown one keeps trials apart rather than together.
     */
    static final Set<String> MEMBER_PARAMS = Set.of("width", "activation", "alpha", "beta", "readout", "bias",
            "bias_init", "input_scale", "init_std", "lr", "labels", "time", "snapshots", "evaluations");
    /** What may differ besides in a latent group: the choice of pointwise map and its shape. */
    static final Set<String> MAP_PARAMS = Set.of("inputs", "gain", "shape", "kurtosis", "marginal");

    private TrainingGroups() {
    }

    /**
     * The group key: {@code latent;...} over every parameter outside {@link #MEMBER_PARAMS} and
     * {@link #MAP_PARAMS} when the trial's inputs are a pointwise map of the latent field, else
     * {@code inputs;...} over every parameter outside {@link #MEMBER_PARAMS}; sorted by name.
     */
    static String key(ResolvedParams params) {
        return latentShared(params) ? key("latent", params, MAP_PARAMS) : inputsKey(params);
    }

    /** The key of the trials that see exactly these inputs. */
    static String inputsKey(ResolvedParams params) {
        return key("inputs", params, Set.of());
    }

    private static boolean latentShared(ResolvedParams params) {
        try {
            return LatentSharing.latentKey(InputConfig.from(params)) != null;
        } catch (RuntimeException e) { // invalid inputs: alone, where run reports the problem
            return false;
        }
    }

    private static String key(String kind, ResolvedParams params, Set<String> alsoFree) {
        StringBuilder sb = new StringBuilder(kind);
        for (Map.Entry<String, Object> e : params.asMap().entrySet()) {
            if (!MEMBER_PARAMS.contains(e.getKey()) && !alsoFree.contains(e.getKey())) {
                sb.append(';').append(e.getKey()).append('=').append(e.getValue());
            }
        }
        return sb.toString();
    }

    /**
     * Runs trials of one key in lockstep, drawing from the same streams, in the same order, as
     * {@link TwoLayerTrial#train} does for each alone: one TEST stream per set of equal inputs makes
     * their test set, one TRAIN stream all mini-batches (or their latent samples).
     *
     * @param cfgs      the members' settings
     * @param inputsKey per member, its {@link #inputsKey}
     * @param models    per member, its input distribution
     */
    static List<TrialResult> lockstep(List<TwoLayerConfig> cfgs, List<String> inputsKey, List<InputModel> models) {
        Map<String, List<Integer>> byInputs = new LinkedHashMap<>();
        for (int i = 0; i < cfgs.size(); i++) {
            byInputs.computeIfAbsent(inputsKey.get(i), k -> new ArrayList<>()).add(i);
        }
        boolean latent = byInputs.size() > 1;
        long seed = cfgs.get(0).seed();
        GroupMember[] members = new GroupMember[cfgs.size()];
        List<LockstepRun.Lane> lanes = new ArrayList<>();
        for (List<Integer> same : byInputs.values()) {
            InputModel model = models.get(same.get(0));
            TestSet testSet = TestSet.draw(model.stream(RandomStreams.create(seed, RandomStreams.TEST)),
                    cfgs.get(same.get(0)).testSize());
            List<GroupMember> lane = new ArrayList<>();
            for (int i : same) {
                members[i] = new GroupMember(cfgs.get(i), testSet, model.theoreticalExcessKurtosis());
                lane.add(members[i]);
            }
            lanes.add(new LockstepRun.Lane(latent ? LatentSharing.map(model) : null, lane));
        }
        InputModel first = models.get(0);
        SampleStream train = latent ? LatentSharing.latentStream(first, RandomStreams.create(seed, RandomStreams.TRAIN))
                : first.stream(RandomStreams.create(seed, RandomStreams.TRAIN));
        return new LockstepRun(List.of(members), lanes, train).run();
    }
}
