package org.rfsweep.kernel.twolayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.RandomStreams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialStatus;

/** The trial pipeline on white-noise inputs (independent of the NLGP sampler). */
class TwoLayerTrialTest {

    static TrialResult run(Map<String, Object> overrides) {
        Map<String, Object> raw = new HashMap<>(Map.of("size", 50, "width", 4, "time", 20.0, "test_size", 300,
                "snapshots", 30, "evaluations", 5));
        raw.putAll(overrides);
        TwoLayerConfig cfg = TwoLayerConfig.from(TwoLayerSchema.PARAMS.resolve(raw));
        long seed = cfg.seed();
        return TwoLayerTrial.run(cfg, RandomStreams.create(seed, RandomStreams.WEIGHTS),
                new WhiteNoiseStream(cfg.pixels(), 1.5, RandomStreams.create(seed, RandomStreams.TRAIN)),
                new WhiteNoiseStream(cfg.pixels(), 1.5, RandomStreams.create(seed, RandomStreams.TEST)), -1.5);
    }

    @Test
    void sameSpecTwiceIsBitIdentical() {
        for (String readout : new String[] {"mean-field", "trained"}) {
            Map<String, Object> p = Map.of("readout", readout, "batch", 2);
            ResultAssert.assertIdentical(run(p), run(p));
        }
    }

    @Test
    void resultCarriesEveryMetricTrajectoryAndNeuron() {
        TrialResult r = run(Map.of());
        assertEquals(TrialStatus.OK, r.status());
        assertEquals(1000, r.steps()); // T·N = 20·50
        assertEquals(TwoLayerSchema.METRICS.stream().map(m -> m.name()).toList(), r.scalars().keySet().stream().toList());
        assertEquals(4, r.neurons().size());
        assertEquals(0, r.trajectory().steps()[0]);
        assertEquals(1000, r.trajectory().steps()[r.trajectory().size() - 1]);
        assertEquals(20.0, r.trajectory().times()[r.trajectory().size() - 1]);
        // the final evaluation is the reported final loss
        int last = r.trajectory().size() - 1;
        assertEquals(r.scalar("final_test_loss"), r.trajectory().testLoss()[last]);
        assertEquals(r.scalar("final_test_accuracy"), r.trajectory().testAccuracy()[last]);
        assertEquals(-1.5, r.scalar("kurtosis_theory"));
        // white noise: the excess kurtosis of the equal N(0,1)/N(0,1.5²) scale mixture is
        // 3(1 + 1.5⁴)/2 / ((1 + 1.5²)/2)² − 3 = 0.444; its standard error over 300 samples × 50
        // pixels is 0.061 (simulated, 200 replicates); tolerance 0.3 ≈ 5 standard errors, a
        // false-failure rate ≈ 6·10⁻⁷ (the seed is fixed, so the outcome is deterministic anyway)
        assertEquals(3 * (1 + Math.pow(1.5, 4)) / 2 / Math.pow((1 + 1.5 * 1.5) / 2, 2) - 3,
                r.scalar("kurtosis_empirical"), 0.3);
        assertEquals(r.neurons().get(0).ipr(), r.trajectory().iprPerNeuron()[last][0]);
        assertEquals(3.0 / 52, r.scalar("ipr_random_level"));
        long evaluated = java.util.Arrays.stream(r.trajectory().testLoss()).filter(d -> !Double.isNaN(d)).count();
        assertTrue(evaluated >= 3 && evaluated <= 6, "evaluations " + evaluated);
    }

    @Test
    void divergenceStopsTheRunWithItsStep() {
        TrialResult r = run(Map.of("activation", "linear", "readout", "committee", "lr", 50.0, "input_scale", "none"));
        assertEquals(TrialStatus.DIVERGED, r.status());
        assertTrue(r.divergedStep() >= 1 && r.divergedStep() < 1000, "step " + r.divergedStep());
        assertEquals(r.divergedStep() - 1, r.steps());
        assertTrue(r.neurons().isEmpty());
        assertTrue(Double.isNaN(r.scalar("final_test_loss")));
        assertTrue(r.message().contains("step " + r.divergedStep()), r.message());
    }
}
