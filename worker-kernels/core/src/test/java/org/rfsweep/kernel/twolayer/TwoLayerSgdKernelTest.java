package org.rfsweep.kernel.twolayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.Kernels;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;

class TwoLayerSgdKernelTest {
    private final Kernel kernel = new TwoLayerSgdKernel();

    private ResolvedParams params(Map<String, Object> raw) {
        return kernel.schema().resolve(raw);
    }

    @Test
    void isFoundByTheServiceLoader() {
        Kernel found = Kernels.require("twolayer-sgd");
        assertEquals(TwoLayerSgdKernel.class, found.getClass());
        assertEquals(TwoLayerSgdKernel.VERSION, found.version());
        assertSame(TwoLayerSchema.METRICS, found.metrics());
    }

    @Test
    void validationRejectsANonPsdCovarianceNamingXi() {
        // a 20-pixel ring with ξ = 8: the wrapped Gaussian has negative eigenvalues
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> kernel.validate(params(Map.of("size", 20, "xi", List.of(2.0, 8.0)))));
        assertEquals("xi", e.parameter());
    }

    @Test
    void validationRejectsMoreEvaluationsThanSnapshots() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> kernel.validate(params(Map.of("snapshots", 10, "evaluations", 11))));
        assertEquals("evaluations", e.parameter());
        assertEquals("test_size", assertThrows(InvalidParameterException.class,
                () -> kernel.validate(params(Map.of("dim", 2, "size", 200, "test_size", 10_000)))).parameter());
        kernel.validate(params(Map.of())); // the defaults are valid
        kernel.validate(params(Map.of("width", 3, "bias", "fixed"))); // odd K: extra neuron in the -b group
    }

    /**
     * The warm-up trial keeps every parameter that picks a code path, runs about
     * WARM_UP_STEPS steps with a small test set, and completes.
     */
    @Test
    void warmUpTrialIsAShortTrialOfTheSameShape() {
        ResolvedParams like = params(Map.of("dim", 2, "size", 12, "xi", List.of(1.0, 2.0), "width", 5,
                "batch", 3, "activation", "relu", "gain", 2.0, "time", 5000.0, "seed", 7L));
        TrialSpec warm = kernel.warmUpTrial(like).orElseThrow();
        ResolvedParams w = warm.params();
        for (String kept : List.of("dim", "size", "xi", "width", "batch", "activation", "gain", "periodic", "seed")) {
            assertEquals(like.get(kept), w.get(kept), kept);
        }
        double samples = w.getDouble("time") * 144 * 3; // N = 144, batch 3
        assertTrue(Math.abs(samples - TwoLayerSgdKernel.WARM_UP_STEPS) <= 3, "samples " + samples);
        assertEquals(200, w.getInt("test_size"));
        assertEquals(TrialStatus.OK, kernel.run(warm).status());
        // a trial shorter than the warm-up is not lengthened
        ResolvedParams tiny = params(Map.of("time", 2.0, "test_size", 50, "snapshots", 4, "evaluations", 2));
        ResolvedParams tw = kernel.warmUpTrial(tiny).orElseThrow().params();
        assertEquals(2.0, tw.getDouble("time"));
        assertEquals(50, tw.getInt("test_size"));
        assertEquals(4, tw.getInt("snapshots"));
        assertEquals(2, tw.getInt("evaluations"));
    }

    @Test
    void costGrowsWithStepsWidthAndTestSet() {
        double base = kernel.estimateCost(params(Map.of()));
        assertTrue(kernel.estimateCost(params(Map.of("time", 2000.0))) > 1.5 * base);
        assertTrue(kernel.estimateCost(params(Map.of("width", 64))) > 2 * base);
        assertTrue(kernel.estimateCost(params(Map.of("test_size", 200_000))) > base);
        // roughly nanoseconds: a default trial costs about a second
        assertTrue(base > 3e8 && base < 3e10, "cost " + base);
    }

    @Test
    void rejectsSpecsOfAnotherKernelOrVersion() {
        ResolvedParams p = params(Map.of());
        assertThrows(IllegalArgumentException.class, () -> kernel.run(new TrialSpec("other", "1", p, "x")));
        assertThrows(IllegalArgumentException.class, () -> kernel.run(new TrialSpec("twolayer-sgd", "0", p, "x")));
    }

    /** Small real-sampler trials: 1-D open and 2-D periodic, run twice, bit-identical. */
    @Test
    void sameTrialSpecTwiceIsBitIdenticalWithTheRealSampler() {
        for (Map<String, Object> raw : List.<Map<String, Object>>of(
                Map.of("size", 40, "periodic", false, "xi", List.of(1.0, 2.0), "time", 20.0, "test_size", 500,
                        "snapshots", 20, "evaluations", 4, "batch", 2),
                Map.of("dim", 2, "size", 8, "xi", List.of(0.7, 1.5), "time", 30.0, "test_size", 300,
                        "snapshots", 10, "evaluations", 3, "readout", "trained", "inputs", "gp"))) {
            TrialSpec spec = TrialSpec.of(kernel, params(raw));
            TrialResult a = kernel.run(spec);
            TrialResult b = kernel.run(spec);
            assertEquals(TrialStatus.OK, a.status());
            ResultAssert.assertIdentical(a, b);
        }
    }

    /** Common random numbers: the test set and initial weights do not depend on the learning rate. */
    @Test
    void trialsSharingASeedShareTheirDraws() {
        Map<String, Object> raw = new HashMap<>(Map.of("size", 40, "xi", List.of(1.0, 2.0), "time", 1.0,
                "test_size", 500, "snapshots", 3, "evaluations", 1));
        TrialResult a = kernel.run(TrialSpec.of(kernel, params(raw)));
        raw.put("lr", 0.2);
        TrialResult b = kernel.run(TrialSpec.of(kernel, params(raw)));
        assertEquals(a.trajectory().testLoss()[0], b.trajectory().testLoss()[0]); // same t = 0 network and test set
        assertEquals(a.scalar("kurtosis_empirical"), b.scalar("kurtosis_empirical"));
        assertTrue(a.scalar("final_test_loss") != b.scalar("final_test_loss"));
    }
}
