package org.rfsweep.analysis.cumulant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.NeuronResult;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;

class CumulantCpKernelTest {
    private final Kernel kernel = new CumulantCpKernel();

    private TrialResult run(Map<String, Object> raw) {
        return kernel.run(TrialSpec.of(kernel, kernel.schema().resolve(raw)));
    }

    @Test
    void sameSpecTwiceIsBitIdenticalAndReportsOneRowPerFactor() {
        Map<String, Object> raw = Map.of("size", 10, "xi", List.of(1.0, 1.2), "samples", 2000, "rank", 2,
                "restarts", 2, "max_iter", 50, "class", 1);
        TrialResult a = run(raw);
        TrialResult b = run(raw);
        assertEquals(TrialStatus.OK, a.status());
        for (String key : a.scalars().keySet()) {
            assertEquals(Double.doubleToRawLongBits(a.scalar(key)), Double.doubleToRawLongBits(b.scalar(key)), key);
        }
        assertEquals(2, a.neurons().size());
        for (int r = 0; r < 2; r++) {
            NeuronResult f = a.neurons().get(r);
            assertArrayEquals(f.weights(), b.neurons().get(r).weights(), 0.0);
            assertEquals(a.scalar("gamma_" + (r + 1)), f.bias(), 0.0); // the bias column holds gamma_r
            assertEquals(r, f.neuron());
        }
        assertEquals(Double.NaN, a.scalar("gamma_3"));
        assertEquals(Double.NaN, a.scalar("gamma_8"));
        assertEquals(a.neurons().get(0).ipr(), a.scalar("ipr_top"), 0.0);
        assertTrue(a.scalar("kurtosis_empirical") < -1, "kurtosis " + a.scalar("kurtosis_empirical")); // g = 3
    }

    @Test
    void validationNamesTheParameter() {
        assertEquals("size", assertThrows(InvalidParameterException.class,
                () -> kernel.validate(kernel.schema().resolve(Map.of("dim", 2, "size", 40)))).parameter());
        assertEquals("samples", assertThrows(InvalidParameterException.class,
                () -> kernel.validate(kernel.schema().resolve(Map.of("samples", 1_000_000)))).parameter());
        assertEquals("rank", assertThrows(InvalidParameterException.class,
                () -> kernel.schema().resolve(Map.of("rank", 9))).parameter());
        assertEquals("xi", assertThrows(InvalidParameterException.class,
                () -> kernel.validate(kernel.schema().resolve(Map.of("size", 20, "xi", List.of(2.0, 8.0))))).parameter());
        kernel.validate(kernel.schema().resolve(Map.of())); // the defaults are valid
    }
}
