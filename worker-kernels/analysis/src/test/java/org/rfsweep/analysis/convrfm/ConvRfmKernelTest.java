package org.rfsweep.analysis.convrfm;

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

class ConvRfmKernelTest {
    private final Kernel kernel = Kernels.require("conv-rfm");

    private TrialResult run(Map<String, Object> raw) {
        return kernel.run(TrialSpec.of(kernel, kernel.schema().resolve(raw)));
    }

    @Test
    void aTrialComparesTheLearnedPatchMatrixWithTheConvNet() {
        for (Map<String, Object> raw : List.<Map<String, Object>>of(
                Map.of("size", 30, "xi", List.of(1.0, 2.0), "filter_width", 6, "time", 20.0, "test_size", 200,
                        "train_size", 150, "evaluations", 3, "seed", 2L),
                Map.of("dim", 2, "size", 6, "xi", List.of(1.0, 1.5), "filter_width", 3, "time", 20.0,
                        "test_size", 200, "train_size", 150, "evaluations", 3, "seed", 2L))) {
            TrialResult r = run(raw);
            assertEquals(TrialStatus.OK, r.status());
            assertEquals(kernel.metrics().stream().map(MetricSpec::name).toList(), List.copyOf(r.scalars().keySet()));
            assertEquals(4, r.trajectory().size());
            assertEquals(4, r.neurons().size());
            for (String m : List.of("final_test_accuracy", "conv_final_test_accuracy", "fc_final_test_accuracy",
                    "m_conv_corr", "m_conv_cos", "m_conv_corr_initial", "m_cnfa_corr", "m_eig1_ipr")) {
                assertTrue(Double.isFinite(r.scalar(m)), m);
            }
            assertTrue(r.scalar("final_test_accuracy") > 0.5);
        }
    }

    @Test
    void validationNamesTheOffendingParameter() {
        assertEquals("rfm_top", assertThrows(InvalidParameterException.class,
                () -> kernel.validate(kernel.schema().resolve(Map.of("size", 30, "xi", List.of(1.0, 2.0),
                        "filter_width", 4, "rfm_top", 5)))).parameter());
        assertEquals("train_size", assertThrows(InvalidParameterException.class,
                () -> kernel.validate(kernel.schema().resolve(Map.of("train_size", 5000)))).parameter());
        assertEquals("filter_width", assertThrows(InvalidParameterException.class,
                () -> kernel.validate(kernel.schema().resolve(Map.of("filter_width", 3)))).parameter());
        kernel.validate(kernel.schema().resolve(Map.of()));
    }
}
