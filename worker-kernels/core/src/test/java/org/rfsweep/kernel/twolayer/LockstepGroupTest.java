package org.rfsweep.kernel.twolayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;

/**
 * A group run in lockstep gives every member exactly the result of the trial alone (issue 13,
 * item 3): every metric, trajectory point and final weight compared bit for bit, over several
 * group shapes, with a diverging member among them.
 */
class LockstepGroupTest {
    private final Kernel kernel = new TwoLayerSgdKernel();

    /** A small trial (N = 40, 800 steps) with the real sampler, plus {@code own}. */
    private TrialSpec trial(Map<String, Object> own) {
        Map<String, Object> raw = new HashMap<>(Map.of("size", 40, "xi", List.of(1.0, 3.0), "time", 20.0,
                "test_size", 300, "snapshots", 12, "evaluations", 4, "seed", 7L));
        raw.putAll(own);
        return TrialSpec.of(kernel, kernel.schema().resolve(raw));
    }

    private List<TrialSpec> trials(String name, List<?> values) {
        List<TrialSpec> out = new ArrayList<>();
        for (Object v : values) {
            out.add(trial(Map.of(name, v)));
        }
        return out;
    }

    /** Runs the group and each member alone; asserts same ids, equal keys and identical results. */
    private List<TrialResult> assertGroupEqualsAlone(List<TrialSpec> group) {
        Object key = kernel.groupKey(group.get(0).params());
        List<String> ids = group.stream().map(TrialSpec::trialId).toList();
        List<TrialResult> together = kernel.runGroup(group);
        assertEquals(group.size(), together.size());
        for (int i = 0; i < group.size(); i++) {
            TrialSpec t = group.get(i);
            assertEquals(key, kernel.groupKey(t.params()), "member " + i + " is not of the group");
            TrialResult alone = kernel.run(t);
            ResultAssert.assertIdentical(alone, together.get(i));
            for (String metric : alone.scalars().keySet()) {
                assertEquals(Double.doubleToRawLongBits(alone.scalar(metric)),
                        Double.doubleToRawLongBits(together.get(i).scalar(metric)), metric + " of member " + i);
            }
        }
        assertEquals(ids, group.stream().map(TrialSpec::trialId).toList());
        return together;
    }

    @Test
    void widthSweepIsBitIdenticalToEachTrialAlone() {
        assertGroupEqualsAlone(trials("width", List.of(1, 2, 3, 8, 13)));
    }

    @Test
    void lrSweepIsBitIdenticalToEachTrialAlone() {
        assertGroupEqualsAlone(trials("lr", List.of(0.01, 0.03, 0.05, 0.1, 0.2)));
    }

    @Test
    void mixedNetworkParametersAndSchedulesAreBitIdentical() {
        List<TrialSpec> group = List.of(
                trial(Map.of()),
                trial(Map.of("readout", "trained", "width", 5)),
                trial(Map.of("activation", "relu", "bias", "fixed", "bias_init", 0.5)),
                trial(Map.of("labels", "binary", "input_scale", "none", "lr", 0.001)),
                trial(Map.of("time", 7.5, "snapshots", 5, "evaluations", 5)), // leaves the group early
                trial(Map.of("time", 31.0, "init_std", 0.3))); // outlives the others
        assertGroupEqualsAlone(group);
    }

    @Test
    void mixedBatchOfTwoWithTheGaussianControl() {
        List<TrialSpec> group = new ArrayList<>();
        for (Object lr : List.of(0.02, 0.05, 0.1)) {
            group.add(trial(Map.of("lr", lr, "batch", 2, "inputs", "gp")));
        }
        assertGroupEqualsAlone(group);
    }

    /** A linear committee without input scaling at a huge rate: NaN/Inf within a few steps (as in TwoLayerTrialTest). */
    private TrialSpec diverging(double lr) {
        return trial(Map.of("activation", "linear", "readout", "committee", "lr", lr, "input_scale", "none"));
    }

    /** batch x N = 4000 x 40 is past a block's size: blocks of one step, read in place. */
    @Test
    void aLargeBatchIsBitIdenticalWithBlocksOfOneStep() {
        assertTrue(4000 * 40 > LockstepRun.MAX_BLOCK_DOUBLES);
        List<TrialSpec> group = new ArrayList<>();
        for (Object width : List.of(2, 5)) {
            group.add(trial(Map.of("width", width, "batch", 4000, "time", 2.0, "test_size", 50)));
        }
        assertGroupEqualsAlone(group);
    }

    @Test
    void aDivergingMemberLeavesAndTheOthersAreUndisturbed() {
        List<TrialSpec> group = List.of(trial(Map.of("lr", 0.05)), diverging(50.0), trial(Map.of("lr", 0.1)));
        List<TrialResult> results = assertGroupEqualsAlone(group);
        assertEquals(TrialStatus.OK, results.get(0).status());
        assertEquals(TrialStatus.DIVERGED, results.get(1).status());
        assertEquals(TrialStatus.OK, results.get(2).status());
    }

    @Test
    void everyMemberDivergingEndsTheGroup() {
        List<TrialResult> results = assertGroupEqualsAlone(List.of(diverging(50.0), diverging(500.0)));
        assertEquals(List.of(TrialStatus.DIVERGED, TrialStatus.DIVERGED), results.stream().map(TrialResult::status).toList());
    }

    @Test
    void keyJoinsNetworkParametersAndSeparatesWhatTouchesTheDraws() {
        Object base = kernel.groupKey(trial(Map.of()).params());
        for (Map<String, Object> same : List.<Map<String, Object>>of(Map.of("width", 3), Map.of("lr", 0.2),
                Map.of("readout", "lazy"), Map.of("time", 3.0), Map.of("labels", "binary"))) {
            assertEquals(base, kernel.groupKey(trial(same).params()), same.toString());
        }
        for (Map<String, Object> other : List.<Map<String, Object>>of(Map.of("seed", 8L),
                Map.of("batch", 2), Map.of("test_size", 301), Map.of("inputs", "gp"), Map.of("xi", List.of(1.0, 2.0)),
                Map.of("jitter", 0.01), Map.of("size", 41), Map.of("periodic", false),
                Map.of("inputs", "elliptical", "radial", "lsg"))) {
            assertNotEquals(base, kernel.groupKey(trial(other).params()), other.toString());
        }
        // the NLGP's gain and the NORTA marginals only change the map of the same latent draws
        for (Map<String, Object> latent : List.<Map<String, Object>>of(Map.of("gain", 1.0), Map.of("gain", 0.0),
                Map.of("inputs", "norta", "marginal", "laplace"), Map.of("kurtosis", -1.0))) {
            assertEquals(base, kernel.groupKey(trial(latent).params()), latent.toString());
        }
        // ... not for the Gaussian control, whose covariance depends on the gain
        assertNotEquals(kernel.groupKey(trial(Map.of("inputs", "gp")).params()),
                kernel.groupKey(trial(Map.of("inputs", "gp", "gain", 1.0)).params()));
    }

    @Test
    void gainSweepIsBitIdenticalToEachTrialAlone() {
        assertGroupEqualsAlone(trials("gain", List.of(0.0, 0.3, 1.0, 3.0, 10.0)));
    }

    @Test
    void gainsTimesNetworksWithNortaMarginalsAndADivergingMember() {
        List<TrialSpec> group = new ArrayList<>();
        for (Object gain : List.of(0.5, 3.0)) {
            group.add(trial(Map.of("gain", gain)));
            group.add(trial(Map.of("gain", gain, "width", 3, "lr", 0.1)));
        }
        group.add(trial(Map.of("inputs", "norta", "marginal", "laplace")));
        group.add(trial(Map.of("inputs", "norta", "marginal", "alg", "shape", 6.0, "time", 9.0)));
        group.add(trial(Map.of("inputs", "norta", "marginal", "sign")));
        group.add(trial(Map.of("kurtosis", -1.5, "activation", "linear", "readout", "committee", "lr", 50.0,
                "input_scale", "none")));
        List<TrialResult> results = assertGroupEqualsAlone(group);
        assertEquals(TrialStatus.DIVERGED, results.get(group.size() - 1).status());
    }

    @Test
    void gainGroupsWithOpenBoundariesIn2dAndMiniBatches() {
        List<TrialSpec> open = new ArrayList<>();
        List<TrialSpec> torus = new ArrayList<>();
        for (Object gain : List.of(0.2, 1.0, 4.0)) {
            open.add(trial(Map.of("gain", gain, "periodic", false, "batch", 3)));
            torus.add(trial(Map.of("gain", gain, "dim", 2, "size", 8, "xi", List.of(0.7, 1.5))));
        }
        assertGroupEqualsAlone(open);
        assertGroupEqualsAlone(torus);
    }

    @Test
    void refusesAGroupWhoseMembersSeeDifferentInputs() {
        assertThrows(IllegalArgumentException.class,
                () -> kernel.runGroup(List.of(trial(Map.of()), trial(Map.of("seed", 8L)))));
    }

    @Test
    void aGroupOfOneIsTheTrialAlone() {
        TrialSpec t = trial(Map.of("width", 4));
        ResultAssert.assertIdentical(kernel.run(t), kernel.runGroup(List.of(t)).get(0));
    }

    /** A kernel without groups: no key, and runGroup runs the trials one by one. */
    @Test
    void theDefaultRunsOneByOne() {
        Kernel plain = new Kernel() {
            @Override public String name() { return kernel.name(); }
            @Override public String version() { return kernel.version(); }
            @Override public String description() { return ""; }
            @Override public org.rfsweep.kernel.ParamSchema schema() { return kernel.schema(); }
            @Override public List<org.rfsweep.kernel.MetricSpec> metrics() { return kernel.metrics(); }
            @Override public void validate(ResolvedParams params) { }
            @Override public double estimateCost(ResolvedParams params) { return 1; }
            @Override public TrialResult run(TrialSpec spec) { return kernel.run(spec); }
        };
        List<TrialSpec> two = trials("width", List.of(2, 3));
        assertEquals(null, plain.groupKey(two.get(0).params()));
        List<TrialResult> results = plain.runGroup(two);
        ResultAssert.assertIdentical(kernel.run(two.get(0)), results.get(0));
        ResultAssert.assertIdentical(kernel.run(two.get(1)), results.get(1));
    }
}
