package org.rfsweep.analysis.singleneuron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;

/**
 * A short Lufkin-Saxe-Grant run (the kernel's LSG defaults, D = 40, but 500 instead of 5000 samples
 * per step, 4 seeds): the neuron localises at g' = 1.67 (g = √2 g') and not at g' = 0.01 nor on
 * the Gaussian control. Measured: IPR 0.93-0.94 at g' = 1.67, 0.05-0.07 at g' = 0.01; the random
 * level is 3/42 = 0.071 and the localisation threshold 0.214.
 *
 * <p>Tolerance: every high-gain seed above 0.5, every low-gain or control seed below 0.15. The
 * seeds are fixed, so the test is deterministic; over other seeds the full preset
 * (sweeps/lsg25-single-neuron.yaml, 30 seeds) is the statistical check. With 300 instead of 1000
 * steps one seed of four had not yet localised (IPR 0.10): the transition time varies by seed,
 * which is why the full step count is kept.
 */
class LsgScienceTest {
    private static final double G_LOW = Math.sqrt(2) * 0.01;
    private static final double G_HIGH = Math.sqrt(2) * 1.6681005372000588;

    private final Kernel kernel = new SingleNeuronKernel();

    private double ipr(String inputs, double gain, long seed) {
        TrialResult r = kernel.run(TrialSpec.of(kernel, kernel.schema().resolve(Map.of("inputs", inputs,
                "jitter", 0.0, "gain", gain, "batch", 500, "snapshots", 1, "test_size", 100, "seed", seed))));
        assertEquals(TrialStatus.OK, r.status());
        return r.scalar("ipr_mean");
    }

    @Test
    void localisesAtHighGainOnlyAndNeverOnTheGaussianControl() {
        for (long seed = 0; seed < 4; seed++) {
            double high = ipr("nlgp", G_HIGH, seed);
            double low = ipr("nlgp", G_LOW, seed);
            double control = ipr("gp", G_HIGH, seed);
            assertTrue(high > 0.5, "seed " + seed + ": IPR at g' = 1.67 " + high);
            assertTrue(low < 0.15, "seed " + seed + ": IPR at g' = 0.01 " + low);
            assertTrue(control < 0.15, "seed " + seed + ": IPR of the Gaussian control " + control);
        }
    }
}
