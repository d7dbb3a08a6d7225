package org.rfsweep.analysis.agop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.Kernels;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.NeuronResult;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;

class AgopKernelTest {
    private final Kernel kernel = Kernels.require("agop");

    private TrialSpec spec(Kernel k, Map<String, Object> raw) {
        return TrialSpec.of(k, k.schema().resolve(raw));
    }

    @Test
    void trainsExactlyTheTwoLayerNetworkAndReportsItsResults() {
        Map<String, Object> raw = Map.of("size", 30, "xi", List.of(1.0, 2.0), "time", 30.0, "test_size", 300,
                "snapshots", 10, "evaluations", 3, "seed", 4L);
        Kernel fcKernel = Kernels.require("twolayer-sgd");
        TrialResult fc = fcKernel.run(spec(fcKernel, raw));
        TrialResult agop = kernel.run(spec(kernel, raw));
        assertEquals(TrialStatus.OK, agop.status());
        for (MetricSpec m : TwoLayerSchema.METRICS) {
            assertEquals(fc.scalar(m.name()), agop.scalar(m.name()), 0.0, m.name());
        }
        for (int k = 0; k < 8; k++) {
            assertArrayEquals(fc.neurons().get(k).weights(), agop.neurons().get(k).weights(), 0.0, "neuron " + k);
        }
        assertArrayEquals(fc.trajectory().testLoss(), agop.trajectory().testLoss(), 0.0);
        // then the agop_top = 4 eigenvector rows, eigenvalues decreasing in the bias column
        assertEquals(12, agop.neurons().size());
        for (int r = 0; r < 4; r++) {
            NeuronResult row = agop.neurons().get(8 + r);
            assertEquals(8 + r, row.neuron());
            assertEquals(30, row.weights().length);
            assertTrue(r == 0 || row.bias() <= agop.neurons().get(7 + r).bias());
        }
        assertEquals(300, agop.scalar("agop_samples_used"));
        assertEquals(agop.scalars().keySet().stream().toList(),
                kernel.metrics().stream().map(MetricSpec::name).toList());
        for (MetricSpec m : kernel.metrics()) {
            assertTrue(Double.isFinite(agop.scalar(m.name())) || m.name().startsWith("tiling")
                    || m.name().startsWith("width") || m.name().startsWith("peak"), m.name());
        }
    }

    @Test
    void validationNamesTheOffendingParameter() {
        assertEquals("agop_top", assertThrows(InvalidParameterException.class,
                () -> kernel.validate(kernel.schema().resolve(Map.of("width", 4, "agop_top", 5)))).parameter());
        assertEquals("agop_samples", assertThrows(InvalidParameterException.class,
                () -> kernel.validate(kernel.schema().resolve(Map.of("test_size", 100, "agop_samples", 101))))
                .parameter());
        assertEquals("size", assertThrows(InvalidParameterException.class,
                () -> kernel.validate(kernel.schema().resolve(Map.of("dim", 2, "size", 50, "xi", List.of(1.0, 2.0), "test_size", 100))))
                .parameter());
        assertEquals("xi", assertThrows(InvalidParameterException.class,
                () -> kernel.validate(kernel.schema().resolve(Map.of("size", 20, "xi", List.of(2.0, 8.0)))))
                .parameter());
        kernel.validate(kernel.schema().resolve(Map.of()));
    }

    @Test
    void aDivergingRunKeepsTheTwoLayerReport() {
        TrialResult r = kernel.run(spec(kernel, Map.of("size", 20, "xi", List.of(1.0, 2.0), "activation", "linear",
                "lr", 1e6, "time", 5.0, "test_size", 50, "snapshots", 5, "evaluations", 2)));
        assertEquals(TrialStatus.DIVERGED, r.status());
        assertTrue(r.message().contains("step"), r.message());
        assertTrue(Double.isNaN(r.scalar("nfa_corr")));
        assertEquals(kernel.metrics().size(), r.scalars().size());
    }

    /**
     * The ig22 point (Ingrosso &amp; Goldt 2022, Fig. 1: NLGP, g = 3, N = 400, ξ = (3, 10), K = 8,
     * T = 1000) with a 1,000-sample test set: the network localises and corr(WᵀW, G) is high. The
     * run is deterministic (seed 0), so the thresholds guard against regressions, not noise;
     * measured values are in the comments and the README. Takes about 5 s.
     */
    @Test
    void neuralFeatureAnsatzHoldsAtTheIg22Point() {
        Map<String, Object> raw = new HashMap<>(Map.of("test_size", 1000, "snapshots", 20, "evaluations", 2));
        TrialResult r = kernel.run(spec(kernel, raw));
        String summary = String.format(Locale.ROOT, "nfa_corr %.4f (initial %.4f) offdiag %.4f sqrt %.4f n_localised %.0f "
                        + "eig1_ipr %.4f accuracy %.3f", r.scalar("nfa_corr"), r.scalar("nfa_corr_initial"), r.scalar("nfa_corr_offdiag"),
                r.scalar("nfa_corr_sqrt"), r.scalar("n_localised"), r.scalar("agop_eig1_ipr"),
                r.scalar("final_test_accuracy"));
        System.out.println("ig22 point: " + summary);
        assertTrue(r.scalar("n_localised") >= 1, summary);
        assertTrue(r.scalar("nfa_corr") > 0.8, summary); // measured 0.992
        assertTrue(r.scalar("nfa_corr") > r.scalar("nfa_corr_initial") + 0.3, summary); // measured 0.327 untrained
    }
}
