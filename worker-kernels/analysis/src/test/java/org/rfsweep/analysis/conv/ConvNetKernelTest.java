package org.rfsweep.analysis.conv;

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
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;

class ConvNetKernelTest {
    private final Kernel kernel = Kernels.require("conv-net");

    private TrialSpec spec(Kernel k, Map<String, Object> raw) {
        return TrialSpec.of(k, k.schema().resolve(raw));
    }

    private InvalidParameterException invalid(Map<String, Object> raw) {
        return assertThrows(InvalidParameterException.class, () -> kernel.validate(kernel.schema().resolve(raw)));
    }

    @Test
    void validationNamesTheOffendingParameter() {
        InvalidParameterException narrow = invalid(Map.of("filter_width", 19));
        assertEquals("filter_width", narrow.parameter());
        assertTrue(narrow.getMessage().contains("xi0") && narrow.getMessage().contains("xi1")
                && narrow.getMessage().contains("20"), narrow.getMessage());
        assertEquals("filter_width", invalid(Map.of("size", 30, "xi", List.of(1.0, 2.0), "filter_width", 31))
                .parameter());
        assertEquals("filter_width", invalid(Map.of("dim", 2, "size", 12, "xi", List.of(1.0, 2.0),
                "filter_width", 3)).parameter());
        kernel.validate(kernel.schema().resolve(Map.of("dim", 2, "size", 12, "xi", List.of(1.0, 2.0),
                "filter_width", 4))); // 2-D: F x F filters on the torus
        assertEquals("xi", invalid(Map.of("size", 20, "xi", List.of(2.0, 8.0), "filter_width", 16)).parameter());
        kernel.validate(kernel.schema().resolve(Map.of())); // the defaults are valid
    }

    /**
     * Same seed, same data: the conv net draws its test set from the TEST stream exactly as
     * twolayer-sgd does (equal empirical kurtosis to the last bit), and a repeated trial is
     * bit-identical.
     */
    @Test
    void sharesTheTwoLayerStreamsAndIsDeterministic() {
        Map<String, Object> raw = Map.of("size", 24, "xi", List.of(1.0, 2.0), "filter_width", 6, "time", 20.0,
                "test_size", 200, "snapshots", 8, "evaluations", 3, "seed", 3L);
        TrialResult a = kernel.run(spec(kernel, raw));
        TrialResult b = kernel.run(spec(kernel, raw));
        Kernel fc = Kernels.require("twolayer-sgd");
        Map<String, Object> fcRaw = new HashMap<>(raw);
        fcRaw.remove("filter_width");
        TrialResult f = fc.run(spec(fc, fcRaw));
        assertEquals(TrialStatus.OK, a.status());
        assertEquals(f.scalar("kurtosis_empirical"), a.scalar("kurtosis_empirical"), 0.0);
        assertEquals(f.scalar("final_test_accuracy"), a.scalar("fc_final_test_accuracy"), 0.0);
        assertEquals(a.scalars(), b.scalars());
        assertArrayEquals(a.trajectory().testLoss(), b.trajectory().testLoss(), 0.0);
        assertEquals(kernel.metrics().stream().map(MetricSpec::name).toList(), List.copyOf(a.scalars().keySet()));
        // rows: the 8 padded filters, then the FC network's 8 neurons
        assertEquals(16, a.neurons().size());
        assertEquals(24, a.neurons().get(0).weights().length);
        assertArrayEquals(f.neurons().get(5).weights(), a.neurons().get(13).weights(), 0.0);
        assertEquals(a.trajectory().size(), a.trajectory().iprPerNeuron().length);
        assertEquals(8, a.trajectory().iprPerNeuron()[0].length);
    }

    @Test
    void aDivergingRunIsReportedWithItsStep() {
        TrialResult r = kernel.run(spec(kernel, Map.of("size", 24, "xi", List.of(1.0, 2.0), "filter_width", 6,
                "activation", "linear", "lr", 1e6, "time", 5.0, "test_size", 50, "snapshots", 5, "evaluations", 2)));
        assertEquals(TrialStatus.DIVERGED, r.status());
        assertTrue(r.divergedStep() > 0 && r.message().contains("step " + r.divergedStep()), r.message());
        assertTrue(r.trajectory().size() >= 1);
        assertTrue(Double.isNaN(r.scalar("final_test_accuracy")));
        assertEquals(kernel.metrics().size(), r.scalars().size());
    }

    @Test
    void costGrowsWithTimeAndTheFcComparison() {
        Map<String, Object> raw = Map.of("size", 100, "xi", List.of(1.0, 3.0), "filter_width", 15, "test_size", 2000);
        double base = kernel.estimateCost(kernel.schema().resolve(raw));
        Map<String, Object> longer = new HashMap<>(raw);
        longer.put("time", 2000.0);
        Map<String, Object> alone = new HashMap<>(raw);
        alone.put("compare_fc", false);
        assertTrue(kernel.estimateCost(kernel.schema().resolve(longer)) > 1.5 * base);
        assertTrue(kernel.estimateCost(kernel.schema().resolve(alone)) < base);
        assertTrue(base > 1e8 && base < 1e11, "cost " + base); // roughly nanoseconds: seconds per trial
    }

    /**
     * A short run at g = 3 (N = 60, ξ = (1, 3), F = 10, T = 500; seed 0, deterministic) learns the
     * task (chance is 0.5; measured 0.995) and its +b filters match the FC network's localised
     * fields far better than the initial random filters do: tolerance 0.2 on a measured gap of
     * about 0.5 (measured values printed).
     */
    @Test
    void shortRunLearnsAndItsFiltersMatchTheLocalisedFcFields() {
        TrialResult r = kernel.run(spec(kernel, Map.of("size", 60, "xi", List.of(1.0, 3.0), "filter_width", 10,
                "time", 500.0, "test_size", 1000, "snapshots", 10, "evaluations", 4)));
        String summary = String.format(Locale.ROOT, "accuracy %.3f fc %.3f ncc_mean_pos %.3f ncc_mean %.3f "
                        + "initial %.3f fc_n_localised %.0f", r.scalar("final_test_accuracy"),
                r.scalar("fc_final_test_accuracy"), r.scalar("ncc_mean_pos"), r.scalar("ncc_mean"),
                r.scalar("ncc_initial_mean"), r.scalar("fc_n_localised"));
        System.out.println("conv-net short run: " + summary);
        assertTrue(r.scalar("final_test_accuracy") > 0.9, summary);
        assertTrue(r.scalar("fc_n_localised") >= 1, summary);
        assertTrue(r.scalar("ncc_mean_pos") > r.scalar("ncc_initial_mean") + 0.2, summary);
    }
}
