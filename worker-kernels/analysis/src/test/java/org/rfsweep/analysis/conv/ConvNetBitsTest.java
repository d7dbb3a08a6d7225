package org.rfsweep.analysis.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.Kernels;
import org.rfsweep.kernel.NeuronResult;
import org.rfsweep.kernel.Sha256;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;

/**
 * The 1-D conv net keeps its bits (same trial ids, same results) when the 2-D path is added: the
 * digests were taken from conv-net version 2 before the 2-D code existed (commit 129e2d9), for a
 * circular mean-pool trial and a valid max-pool one.
 */
class ConvNetBitsTest {
    private final Kernel kernel = Kernels.require("conv-net");

    static String digest(TrialResult r) {
        StringBuilder sb = new StringBuilder();
        r.scalars().forEach((k, v) -> sb.append(k).append('=').append(Double.doubleToRawLongBits(v)).append(';'));
        for (int i = 0; i < r.trajectory().size(); i++) {
            sb.append(Double.doubleToRawLongBits(r.trajectory().testLoss()[i])).append(',')
                    .append(Double.doubleToRawLongBits(r.trajectory().iprMean()[i])).append(';');
        }
        for (NeuronResult nr : r.neurons()) {
            sb.append(Double.doubleToRawLongBits(nr.bias())).append(':');
            for (double w : nr.weights()) {
                sb.append(Double.doubleToRawLongBits(w)).append(',');
            }
        }
        return HexFormat.of().formatHex(Sha256.digest(sb.toString()));
    }

    private String run(Map<String, Object> raw) {
        return digest(kernel.run(TrialSpec.of(kernel, kernel.schema().resolve(raw))));
    }

    @Test
    void oneDimensionalTrialsKeepTheirBits() {
        assertEquals("66ab7c0b658e8b2b2f73ec20d453185ec9f22da5a8ca5eb81dd16207b6e6ead1", run(Map.of("size", 40, "xi", List.of(1.0, 3.0), "filter_width", 9, "time", 30.0,
                "test_size", 300, "evaluations", 4, "seed", 3L)));
        assertEquals("ee317901dc89b016d4dd1958ad0c2e5a5654b5c60740c12702d8dc1ca7a38680", run(Map.ofEntries(Map.entry("size", 40), Map.entry("xi", List.of(1.0, 3.0)),
                Map.entry("filter_width", 9), Map.entry("time", 30.0), Map.entry("test_size", 300),
                Map.entry("evaluations", 4), Map.entry("convolution", "valid"), Map.entry("pooling", "max"),
                Map.entry("inputs", "gp"), Map.entry("gain", 3.0), Map.entry("seed", 1L))));
    }
}
