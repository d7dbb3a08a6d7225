package org.rfsweep.analysis.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfsweep.data.EllipticalFamily;
import org.rfsweep.data.InputConfig;
import org.rfsweep.data.InputKind;
import org.rfsweep.data.InputModel;
import org.rfsweep.data.IsingRing;
import org.rfsweep.data.NortaFamily;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;

/**
 * {@code gaussian-flow} for every input family of SCIENCE.md §7: the class covariances it uses are
 * each family's exact ones, an NLGP trial keeps the id and the bits it had before the families
 * were added, and the family changes the prediction where its covariance differs.
 */
class FamilyFlowTest {
    private static final int N = 32;
    private static final DoublePair XI = new DoublePair(2, 5);

    private static Map<String, Object> base() {
        return new HashMap<>(Map.of("size", N, "width", 2, "xi", List.of(2, 5), "time", 10, "snapshots", 5,
                "evaluations", 2, "accuracy_points", 1024));
    }

    private static TrialResult run(Map<String, Object> p) {
        Kernel k = new GaussianFlowKernel();
        TrialResult r = k.run(TrialSpec.of(k, k.schema().resolve(p)));
        assertEquals(TrialStatus.OK, r.status(), r.message());
        return r;
    }

    /**
     * Pinned with the kernel of commit 5b661b6 (before the family parameters existed), gain 3: the
     * trial id and every metric's bits. The new parameters are neutral at their defaults, and the
     * NLGP keeps the spectrum code of version 1, so nothing moves.
     */
    @Test
    void anNlgpTrialKeepsItsIdAndItsBits() {
        Map<String, Object> p = base();
        p.put("gain", 3.0);
        Kernel k = new GaussianFlowKernel();
        TrialSpec spec = TrialSpec.of(k, k.schema().resolve(p));
        assertEquals("8ad8bba552333f8d8de6", spec.trialId());
        Map<String, Double> m = k.run(spec).scalars();
        Map<String, String> pinned = Map.of(
                "accuracy_qmc_error", "3f60000000000000",
                "final_bias_mean_neg", "bff00ca610ae06d4",
                "final_bias_mean_pos", "3ff0227463d730ee",
                "final_test_accuracy", "3fe0000000000000",
                "final_test_loss", "3ff0134167efd6ee",
                "ode_evaluations", "406c400000000000",
                "overlap_q0_mean", "3fa8c281bfaa8ec2",
                "overlap_q1_mean", "3fb2a3fadb2df8da",
                "weight_norm_sq_mean", "3f9a96c50f3c48d2");
        assertEquals(pinned.keySet(), m.keySet());
        pinned.forEach((name, bits) -> assertEquals(bits, Long.toHexString(Double.doubleToRawLongBits(m.get(name))), name));
    }

    private static double[] row(InputConfig c, int m) {
        return InputModel.of(c).inputCovarianceFirstRow(m);
    }

    private static double[] denseRow0(InputConfig c, int m) {
        return java.util.Arrays.copyOf(InputModel.of(c).inputCovariance(m), c.size());
    }

    private static void assertRowsEqual(double[] expected, double[] actual, double tol, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tol, what + " at pixel " + i);
        }
    }

    @Test
    void theFirstRowsAreEachFamilysExactCovariance() {
        for (int m = 0; m < 2; m++) {
            InputConfig nlgp = new InputConfig(InputKind.GP, 1, N, true, XI, 3, 1e-3);
            assertRowsEqual(NlgpSpectrum.firstRow(nlgp, m), row(nlgp, m), 1e-15, "nlgp: the arcsin formula");
            InputConfig alg = new InputConfig(NortaFamily.alg(7), true, 1, N, true, XI, 1e-3);
            assertRowsEqual(denseRow0(alg, m), row(alg, m), 1e-15, "norta alg: h(rho) of the dense covariance");
            InputConfig gaussian = new InputConfig(NortaFamily.of("gaussian"), true, 1, N, true, XI, 1e-3);
            InputConfig latent = new InputConfig(InputKind.GP, 1, N, true, XI, 0, 1e-3);
            double[] correlation = NlgpSpectrum.firstRow(latent, m);
            double v = correlation[0];
            for (int i = 0; i < N; i++) {
                correlation[i] /= v;
            }
            assertRowsEqual(correlation, row(gaussian, m), 1e-12,
                    "norta gaussian: the latent field's correlation (unit-variance pixels)");
            InputConfig shell = new InputConfig(EllipticalFamily.of("shell"), true, 1, N, true, XI, 1e-3);
            assertRowsEqual(NlgpSpectrum.firstRow(latent, m), row(shell, m), 1e-12, "elliptical: C itself");
            DoublePair j = new DoublePair(0.6, 1.2);
            InputConfig ising = new InputConfig(new IsingRing(j), true, 1, N, true, XI, 1e-3);
            double t = Math.tanh(j.get(m));
            double[] exact = new double[N];
            for (int d = 0; d < N; d++) {
                int r = Math.min(d, N - d);
                exact[d] = (Math.pow(t, r) + Math.pow(t, N - r)) / (1 + Math.pow(t, N));
            }
            assertRowsEqual(exact, row(ising, m), 1e-15, "ising: (t^d + t^(N-d))/(1 + t^N)");
        }
    }

    @Test
    void aFamilyWithTheLatentCovariancePredictsAsTheGaussianField() {
        // Without jitter C_ii = 1, so NORTA's gaussian marginal (x = z / sqrt C_ii) has C itself too.
        Map<String, Object> gaussianField = base();
        gaussianField.put("gain", 0.0);
        gaussianField.put("jitter", 0.0);
        gaussianField.put("size", 64); // at 32 the periodic xi = 5 kernel is PSD only with jitter
        Map<String, Object> norta = new HashMap<>(gaussianField);
        norta.remove("gain");
        norta.put("inputs", "norta");
        norta.put("marginal", "gaussian");
        Map<String, Object> shell = new HashMap<>(norta);
        shell.remove("marginal");
        shell.put("inputs", "elliptical");
        double expected = run(gaussianField).scalars().get("final_test_loss");
        assertEquals(expected, run(norta).scalars().get("final_test_loss"), 1e-12, "norta gaussian");
        assertEquals(expected, run(shell).scalars().get("final_test_loss"), 1e-12, "elliptical shell");
    }

    @Test
    void everyFamilyRunsAndTheFamilyChangesThePrediction() {
        Map<String, Object> nlgp = base();
        Map<String, Object> alg = base();
        alg.put("inputs", "norta");
        alg.put("kurtosis", -0.5);
        Map<String, Object> t = base();
        t.put("inputs", "elliptical");
        t.put("radial", "student-t");
        t.put("shape", 8.0);
        Map<String, Object> ising = base();
        ising.put("inputs", "ising");
        double[] losses = {
            run(nlgp).scalars().get("final_test_loss"),
            run(alg).scalars().get("final_test_loss"),
            run(t).scalars().get("final_test_loss"),
            run(ising).scalars().get("final_test_loss")};
        for (double l : losses) {
            assertTrue(Double.isFinite(l) && l > 0, "loss " + l);
        }
        assertNotEquals(losses[0], losses[3], "ising's covariance is not the NLGP's");
        assertNotEquals(losses[0], losses[1], "norta alg's covariance is not the NLGP's");
        Map<String, Object> control = base();
        control.put("inputs", "ising");
        control.put("control", "gaussian");
        assertEquals(losses[3], run(control).scalars().get("final_test_loss"), 0.0,
                "the family and its Gaussian control have one covariance, so one prediction");
    }

    @Test
    void openBoundariesAreRefusedNamingPeriodic() {
        Map<String, Object> p = base();
        p.put("periodic", false);
        Kernel k = new GaussianFlowKernel();
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> k.validate(k.schema().resolve(p)));
        assertEquals("periodic", e.parameter());
    }
}
