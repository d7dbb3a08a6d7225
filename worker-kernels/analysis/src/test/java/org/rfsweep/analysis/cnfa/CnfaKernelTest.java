package org.rfsweep.analysis.cnfa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfsweep.analysis.conv.ConvSchema;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.Kernels;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;

class CnfaKernelTest {
    private final Kernel kernel = Kernels.require("cnfa");
    private final Kernel conv = Kernels.require("conv-net");

    private static TrialResult run(Kernel k, Map<String, Object> raw) {
        return k.run(TrialSpec.of(k, k.schema().resolve(raw)));
    }

    @Test
    void trainsExactlyTheConvNetAndAddsTheAnsatzIn1dAnd2d() {
        for (Map<String, Object> raw : List.<Map<String, Object>>of(
                Map.of("size", 30, "xi", List.of(1.0, 2.0), "filter_width", 6, "time", 30.0, "test_size", 300,
                        "evaluations", 3, "seed", 1L),
                Map.of("dim", 2, "size", 8, "xi", List.of(1.0, 1.5), "filter_width", 3, "time", 20.0,
                        "test_size", 200, "evaluations", 3, "seed", 1L))) {
            TrialResult c = run(conv, raw);
            TrialResult a = run(kernel, raw);
            assertEquals(TrialStatus.OK, a.status());
            for (MetricSpec m : ConvSchema.METRICS) {
                assertEquals(c.scalar(m.name()), a.scalar(m.name()), 0.0, m.name());
            }
            assertArrayEquals(c.trajectory().testLoss(), a.trajectory().testLoss(), 0.0);
            assertEquals(kernel.metrics().stream().map(MetricSpec::name).toList(), List.copyOf(a.scalars().keySet()));
            assertEquals(c.neurons().size() + 4, a.neurons().size(), "conv rows, then cnfa_top eigenvectors");
            int n = (int) Math.pow((int) raw.get("size"), raw.containsKey("dim") ? 2 : 1);
            assertEquals(n, a.neurons().get(a.neurons().size() - 1).weights().length);
            for (String m : List.of("cnfa_corr", "cnfa_cos", "cnfa_corr_initial_filters", "cnfa_corr_untrained",
                    "cnfa_eig1_ipr")) {
                assertTrue(Double.isFinite(a.scalar(m)) && Math.abs(a.scalar(m)) <= 1 + 1e-12, m + " " + a.scalar(m));
            }
        }
    }

    @Test
    void validationNamesTheOffendingParameter() {
        assertEquals("cnfa_top", assertThrows(InvalidParameterException.class,
                () -> kernel.validate(kernel.schema().resolve(Map.of("size", 30, "xi", List.of(1.0, 2.0),
                        "filter_width", 4, "cnfa_top", 5)))).parameter());
        assertEquals("cnfa_samples", assertThrows(InvalidParameterException.class,
                () -> kernel.validate(kernel.schema().resolve(Map.of("test_size", 10, "cnfa_samples", 11))))
                .parameter());
        kernel.validate(kernel.schema().resolve(Map.of()));
    }
}
