package org.rfsweep.kernel.twolayer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rfsweep.data.InputModel;
import org.rfsweep.kernel.RandomStreams;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;

/**
 * Which {@code twolayer-sgd} trials share their draws, and how a group of them is set up.
 *
 * <p>The TRAIN and TEST streams depend only on the seed, and the samples drawn from them only on
 * the input distribution; the batch size fixes how many samples a step takes, the test size how
 * many the test set holds. Trials equal in all of those therefore see exactly the same mini-batches
 * and the same test set, whatever their network and training parameters.
 */
final class TrainingGroups {
    /**
     * The parameters a member of an inputs group may have of its own: they shape the network, its
     * training and its schedule, never a draw of TRAIN or TEST. Every other parameter (any added
     * later too) is part of the key, so an unknown one keeps trials apart rather than together.
     */
    static final Set<String> MEMBER_PARAMS = Set.of("width", "activation", "alpha", "beta", "readout", "bias",
            "bias_init", "input_scale", "init_std", "lr", "labels", "time", "snapshots", "evaluations");

    private TrainingGroups() {
    }

    /** {@code inputs;name=value;...} over every parameter not in {@link #MEMBER_PARAMS}, sorted by name. */
    static String inputsKey(ResolvedParams params) {
        StringBuilder sb = new StringBuilder("inputs");
        for (Map.Entry<String, Object> e : params.asMap().entrySet()) {
            if (!MEMBER_PARAMS.contains(e.getKey())) {
                sb.append(';').append(e.getKey()).append('=').append(e.getValue());
            }
        }
        return sb.toString();
    }

    /**
     * Runs trials of one inputs key in lockstep: one TEST stream makes the shared test set, one
     * TRAIN stream the shared mini-batches (the same streams, in the same order, as
     * {@link TwoLayerTrial#train} draws for each of them alone).
     *
     * @param cfgs  the members' settings, equal in everything but {@link #MEMBER_PARAMS}
     * @param model their input distribution
     */
    static List<TrialResult> lockstep(List<TwoLayerConfig> cfgs, InputModel model) {
        TwoLayerConfig first = cfgs.get(0);
        long seed = first.seed();
        TestSet testSet = TestSet.draw(model.stream(RandomStreams.create(seed, RandomStreams.TEST)), first.testSize());
        double kurtosis = model.theoreticalExcessKurtosis();
        List<GroupMember> members = new ArrayList<>(cfgs.size());
        for (TwoLayerConfig cfg : cfgs) {
            members.add(new GroupMember(cfg, testSet, kurtosis));
        }
        return new LockstepRun(members, model.stream(RandomStreams.create(seed, RandomStreams.TRAIN))).run();
    }
}
