package org.rfsweep.analysis.singleneuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.Kernels;
import org.rfsweep.kernel.NeuronResult;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;

class SingleNeuronKernelTest {
    private final Kernel kernel = new SingleNeuronKernel();

    private TrialResult run(Map<String, Object> overrides) {
        Map<String, Object> raw = new HashMap<>(Map.of("size", 16, "xi", List.of(1.0, 0.5), "batch", 50,
                "num_steps", 40, "snapshots", 6, "test_size", 200));
        raw.putAll(overrides);
        return kernel.run(TrialSpec.of(kernel, kernel.schema().resolve(raw)));
    }

    @Test
    void isFoundByTheServiceLoader() {
        assertEquals(SingleNeuronKernel.class, Kernels.require("single-neuron").getClass());
        assertEquals(org.rfsweep.analysis.cumulant.CumulantCpKernel.class, Kernels.require("cumulant-cp").getClass());
    }

    @Test
    void sameSpecTwiceIsBitIdentical() {
        for (Map<String, Object> raw : List.<Map<String, Object>>of(Map.of(),
                Map.of("activation", "cubic", "bias", "trained", "bias_init", 0.1, "labels", "pm1",
                        "input_scale", "sqrt-n", "inputs", "gp", "dim", 2, "size", 5, "xi", List.of(0.7, 0.4)))) {
            TrialResult a = run(raw);
            TrialResult b = run(raw);
            assertEquals(TrialStatus.OK, a.status());
            assertEquals(a.scalars().toString(), b.scalars().toString());
            for (String key : a.scalars().keySet()) {
                assertEquals(Double.doubleToRawLongBits(a.scalar(key)), Double.doubleToRawLongBits(b.scalar(key)), key);
            }
            assertArrayEquals(a.trajectory().steps(), b.trajectory().steps());
            assertArrayEquals(a.trajectory().iprMean(), b.trajectory().iprMean(), 0.0);
            assertArrayEquals(a.trajectory().testLoss(), b.trajectory().testLoss(), 0.0);
            NeuronResult na = a.neurons().get(0);
            assertArrayEquals(na.weights(), b.neurons().get(0).weights(), 0.0);
            assertEquals(Double.doubleToRawLongBits(na.bias()), Double.doubleToRawLongBits(b.neurons().get(0).bias()));
        }
    }

    @Test
    void reportsTrajectoryFieldAndConstants() {
        TrialResult r = run(Map.of("gain", 3.0));
        assertEquals(40, r.steps());
        long[] steps = r.trajectory().steps();
        assertEquals(0, steps[0]);
        assertEquals(40, steps[steps.length - 1]);
        assertEquals(r.scalar("ipr_mean"), r.trajectory().iprMean()[steps.length - 1], 0.0);
        assertEquals(r.scalar("final_test_loss"), r.trajectory().testLoss()[steps.length - 1], 0.0);
        assertEquals(3.0 / 18, r.scalar("ipr_random_level"), 1e-15);
        assertEquals(-1.757, r.scalar("kurtosis_theory"), 2e-3); // SCIENCE.md table at g = 3 (plus the jitter)
        assertEquals(1, r.neurons().size());
        assertEquals(0.0, r.scalar("final_bias"), 0.0); // no bias by default
        assertEquals(Double.NaN, r.scalar("centre_1")); // 1-D
    }

    @Test
    void divergenceIsReportedWithItsStep() {
        TrialResult r = run(Map.of("activation", "cubic", "lr", 1e6, "init_std", 1.0));
        assertEquals(TrialStatus.DIVERGED, r.status());
        assertTrue(r.divergedStep() >= 1 && r.divergedStep() <= 40, "step " + r.divergedStep());
        assertEquals(r.divergedStep() - 1, r.steps());
        assertTrue(r.message().contains("step " + r.divergedStep()), r.message());
    }

    @Test
    void validationNamesTheParameter() {
        assertEquals("xi", assertThrows(InvalidParameterException.class,
                () -> kernel.validate(kernel.schema().resolve(Map.of("size", 20, "xi", List.of(2.0, 8.0))))).parameter());
        assertEquals("num_steps", assertThrows(InvalidParameterException.class,
                () -> kernel.validate(kernel.schema().resolve(Map.of("num_steps", 100_000_000, "batch", 1 << 24))))
                .parameter());
        kernel.validate(kernel.schema().resolve(Map.of())); // the defaults are valid
    }
}
