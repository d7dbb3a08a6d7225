package org.rfsweep.analysis.rfm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.Kernels;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;

class RfmKernelTest {
    private final Kernel kernel = Kernels.require("rfm");

    private TrialResult run(Map<String, Object> raw) {
        return kernel.run(TrialSpec.of(kernel, kernel.schema().resolve(raw)));
    }

    @Test
    void aTrialReportsEveryFitAndTheEigenvectorsOfTheFinalMetric() {
        Map<String, Object> raw = Map.of("size", 30, "xi", List.of(1.0, 2.0), "gain", 3.0, "train_size", 200,
                "test_size", 300, "time", 20.0, "seed", 2L);
        TrialResult r = run(raw);
        assertEquals(TrialStatus.OK, r.status());
        assertEquals(kernel.metrics().stream().map(MetricSpec::name).toList(), List.copyOf(r.scalars().keySet()));
        assertEquals(4, r.trajectory().size(), "T = 3 fits with M_0..M_2, then the refit with M_3");
        assertEquals(r.scalar("initial_test_accuracy"), r.trajectory().testAccuracy()[0], 0.0);
        assertEquals(r.scalar("final_test_accuracy"), r.trajectory().testAccuracy()[3], 0.0);
        assertTrue(Double.isNaN(r.trajectory().iprMean()[0]), "M_0 = I has no eigenvector IPR");
        assertEquals(r.scalar("ipr_mean"), r.trajectory().iprMean()[3], 1e-15);
        assertEquals(4, r.neurons().size());
        for (int k = 0; k < 4; k++) {
            assertEquals(30, r.neurons().get(k).weights().length);
            assertTrue(k == 0 || r.neurons().get(k).bias() <= r.neurons().get(k - 1).bias(), "eigenvalues decrease");
        }
        assertTrue(r.scalar("final_test_accuracy") > 0.5);
        assertTrue(Double.isFinite(r.scalar("fc_final_test_accuracy")));
        // a pure function of the spec
        assertArrayEquals(r.trajectory().testLoss(), run(raw).trajectory().testLoss(), 0.0);
    }

    @Test
    void validationNamesTheOffendingParameter() {
        assertEquals("train_size", assertThrows(InvalidParameterException.class,
                () -> kernel.validate(kernel.schema().resolve(Map.of("train_size", 4000)))).parameter());
        assertEquals("rfm_top", assertThrows(InvalidParameterException.class,
                () -> kernel.validate(kernel.schema().resolve(Map.of("size", 20, "xi", List.of(1.0, 2.0),
                        "rfm_top", 21)))).parameter());
        assertEquals("xi", assertThrows(InvalidParameterException.class,
                () -> kernel.validate(kernel.schema().resolve(Map.of("size", 20, "xi", List.of(2.0, 8.0)))))
                .parameter());
        kernel.validate(kernel.schema().resolve(Map.of("train_size", 2500)));
    }
}
