package org.rfsweep.analysis.effective;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfsweep.analysis.singleneuron.Neuron;
import org.rfsweep.analysis.singleneuron.SingleNeuronKernel;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.RandomStreams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;

/** The {@code effective-dynamics} kernel in LSG25's setting (the kernel's defaults). */
class EffectiveDynamicsKernelTest {
    private static final Kernel KERNEL = new EffectiveDynamicsKernel();

    private static TrialResult run(String inputs, double gPrime, int steps) {
        Map<String, Object> raw = new HashMap<>();
        raw.put("inputs", inputs);
        raw.put("gain", Math.sqrt(2) * gPrime);
        raw.put("jitter", 0);
        raw.put("init", "truncated-normal");
        raw.put("num_steps", steps);
        raw.put("seed", 3);
        TrialResult r = KERNEL.run(TrialSpec.of(KERNEL, KERNEL.schema().resolve(raw)));
        assertEquals(TrialStatus.OK, r.status(), r.message());
        return r;
    }

    /** Every gain of the LSG25 table runs, for both families. */
    @Test
    void runsAtEveryPresetGain() {
        for (String inputs : new String[] {"nlgp", "gp"}) {
            for (double g : new double[] {0.01, 0.215, 0.599, 1.67, 100}) {
                TrialResult r = run(inputs, g, 20);
                assertTrue(r.scalar("ipr_mean") > 0, inputs + " " + g);
            }
        }
    }

    /**
     * The flow localises a strongly non-Gaussian NLGP field and not its Gaussian control, whose
     * amplifier is exactly linear; same initial weights as single-neuron for the seed.
     */
    @Test
    void localisesForTheNlgpOnly() {
        TrialResult nlgp = run("nlgp", 1.67, 1000);
        TrialResult gp = run("gp", 1.67, 1000);
        assertEquals(1.0, nlgp.scalar("n_localised"), "nlgp IPR " + nlgp.scalar("ipr_mean"));
        assertEquals(0.0, gp.scalar("n_localised"), "gp IPR " + gp.scalar("ipr_mean"));
        Map<String, Object> raw = new HashMap<>(Map.of("gain", Math.sqrt(2) * 1.67, "jitter", 0, "init", "truncated-normal",
                "num_steps", 1, "seed", 3));
        Kernel single = new SingleNeuronKernel();
        double[] w0 = Neuron.initial(EffectiveDynamicsKernel.singleNeuron(KERNEL.schema().resolve(raw)),
                RandomStreams.create(3, RandomStreams.WEIGHTS)).w;
        var snRun = single.run(TrialSpec.of(single, single.schema().resolve(raw)));
        assertEquals(nlgp.scalar("ipr_initial"), snRun.scalar("ipr_initial"), 0, "same initial weights");
        assertEquals(nlgp.scalar("ipr_initial"), org.rfsweep.metrics.Ipr.of(w0), 0);
        assertArrayEquals(new double[] {nlgp.trajectory().iprMean()[0]}, new double[] {snRun.scalar("ipr_initial")}, 0);
    }
}
