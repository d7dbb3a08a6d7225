package org.rfsweep.analysis.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfsweep.data.InputConfig;
import org.rfsweep.data.InputModel;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.Sha256;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;

/**
 * gaussian-flow with the input families of SCIENCE.md §7: earlier NLGP trials keep their ids and
 * bits, each family's spectrum is the DFT of its exact covariance, the controls are the Gaussian
 * field's, the families change the prediction, bad combinations are refused by name. Written
 * independently of the implementation and of {@link FamilyFlowTest} (a second engineer's version of
 * the same change, kept as a cross-check: its pinned values were taken from the code before it).
 */
class FlowFamiliesTest {
    private static final Kernel KERNEL = new GaussianFlowKernel();

    /** A short trial (N = 32, K = 3, T = 10) with the given extra parameters. */
    private static Map<String, Object> small(Object... extra) {
        Map<String, Object> p = new HashMap<>(Map.of("size", 32, "width", 3, "xi", List.of(2, 5),
                "time", 10, "snapshots", 5, "evaluations", 2, "accuracy_points", 256));
        for (int i = 0; i < extra.length; i += 2) {
            p.put((String) extra[i], extra[i + 1]);
        }
        return p;
    }

    private static TrialSpec spec(Map<String, Object> p) {
        return TrialSpec.of(KERNEL, KERNEL.schema().resolve(p));
    }

    private static TrialResult run(Map<String, Object> p) {
        return KERNEL.run(spec(p));
    }

    /** SHA-256 of the raw bits of every scalar (name order of the schema) and of the loss curve. */
    private static String digest(TrialResult r) {
        StringBuilder sb = new StringBuilder();
        r.scalars().forEach((n, v) -> sb.append(n).append('=')
                .append(Long.toHexString(Double.doubleToRawLongBits(v))).append(';'));
        for (double v : r.trajectory().testLoss()) {
            sb.append(Long.toHexString(Double.doubleToRawLongBits(v))).append(',');
        }
        return Sha256.hex(sb.toString(), 16);
    }

    /**
     * Ids and bits computed with the kernel BEFORE the families came in (commit 0b24309, the kernel
     * without {@code inputs}): the default trial's id, a short NLGP trial's id, the bits of its
     * final loss and the digest of all its scalars and its loss curve.
     */
    @Test
    void nlgpTrialIdsAndBitsAreThoseOfBefore() {
        assertEquals("0c8aabb7dd92bb1f6683", spec(Map.of()).trialId());
        assertEquals("d168a82ad8ba1a6e6b5f", spec(small()).trialId());
        assertEquals("d168a82ad8ba1a6e6b5f", spec(small("inputs", "nlgp")).trialId(), "inputs nlgp is neutral");
        TrialResult r = run(small());
        assertEquals(TrialStatus.OK, r.status(), r.message());
        assertEquals(0x3ff09ec39268e39cL, Double.doubleToRawLongBits(r.scalars().get("final_test_loss")));
        assertEquals("3b33d3aaf67c9272c1fa2a89f4121f35", digest(r));
        assertNotEquals(spec(small()).trialId(), spec(small("inputs", "ising")).trialId());
    }

    private static InputConfig input(Object... extra) {
        return GaussianFlowConfig.from(KERNEL.schema().resolve(small(extra))).network().input();
    }

    /** λ(q) = Σ_i K(0, i) e^{−2πi q i / N} by complex sums, K from core's dense exact covariance. */
    private static double[] referenceDft(InputConfig c, int m) {
        double[] dense = InputModel.of(c).inputCovariance(m);
        int n = c.pixels();
        double[] out = new double[n];
        for (int q = 0; q < n; q++) {
            double re = 0;
            double im = 0;
            for (int i = 0; i < n; i++) {
                double phase = -2 * Math.PI * ((long) q * i % n) / n;
                re += dense[i] * Math.cos(phase);
                im += dense[i] * Math.sin(phase);
            }
            assertEquals(0, im, 1e-12, "the covariance row is even, so its DFT is real");
            out[q] = re;
        }
        return out;
    }

    private static final Object[][] FAMILIES = {
        {"inputs", "nlgp"}, {"inputs", "nlgp", "gain", 0.7}, {"inputs", "nlgp", "gain", 0}, {"inputs", "gp"},
        {"inputs", "norta", "shape", 6.0}, {"inputs", "norta", "marginal", "laplace"},
        {"inputs", "norta", "marginal", "uniform"}, {"inputs", "norta", "marginal", "sign"},
        {"inputs", "norta", "marginal", "gaussian"}, {"inputs", "elliptical"},
        {"inputs", "elliptical", "radial", "student-t", "shape", 8.0}, {"inputs", "elliptical", "radial", "lsg"},
        {"inputs", "ising"}, {"inputs", "ising", "coupling", List.of(0.3, 2.0)},
        {"inputs", "norta", "shape", 6.0, "control", "gaussian"}, {"inputs", "ising", "control", "gaussian"}};

    @Test
    void everyFamilysSpectrumIsTheDftOfItsExactCovariance() {
        for (Object[] f : FAMILIES) {
            InputConfig c = input(f);
            ClassSpectrum s = FamilySpectrum.of(c);
            for (int m = 0; m < 2; m++) {
                double[] ref = referenceDft(c, m);
                double[] got = s.eigenvalues(m);
                for (int q = 0; q < ref.length; q++) {
                    assertEquals(ref[q], got[q], 1e-12, List.of(f) + " class " + m + " mode " + q);
                }
            }
        }
    }

    @Test
    void spectrumIsBitForBitTheNlgpOneOfBefore() {
        for (double g : new double[] {0, 0.7, 3, 10}) {
            for (String inputs : new String[] {"nlgp", "gp"}) {
                InputConfig c = input("inputs", inputs, "gain", g);
                for (int m = 0; m < 2; m++) {
                    assertArrayEquals(NlgpSpectrum.of(c).eigenvalues(m), FamilySpectrum.of(c).eigenvalues(m));
                }
            }
        }
        InputConfig twoD = GaussianFlowConfig.from(KERNEL.schema().resolve(small("dim", 2, "size", 12, "xi", List.of(1, 1.5)))).network().input();
        assertArrayEquals(NlgpSpectrum.of(twoD).eigenvalues(1), FamilySpectrum.of(twoD).eigenvalues(1));
    }

    /**
     * The Gaussian field's spectrum: the DFT of C_m = exp(−d²/ξ_m²) + jitter δ. NORTA's gaussian
     * marginal standardises z̃ = z/√(1 + jitter), so its spectrum is that over 1 + jitter; the GP
     * control at g = 0 and the elliptical families are the latent field itself; a control has its
     * family's spectrum.
     */
    @Test
    void gaussianMarginalAndControlsHaveTheGaussianFieldsSpectrum() {
        InputConfig latent = input("inputs", "gp", "gain", 0);
        double v = latent.latentVariance();
        for (int m = 0; m < 2; m++) {
            double[] field = referenceLatentDft(latent, m);
            double[] gp = FamilySpectrum.of(latent).eigenvalues(m);
            double[] norta = FamilySpectrum.of(input("inputs", "norta", "marginal", "gaussian")).eigenvalues(m);
            double[] shell = FamilySpectrum.of(input("inputs", "elliptical")).eigenvalues(m);
            for (int q = 0; q < field.length; q++) {
                assertEquals(field[q], gp[q], 1e-12);
                assertEquals(field[q] / v, norta[q], 1e-12);
                assertEquals(field[q], shell[q], 1e-12);
            }
            assertArrayEquals(FamilySpectrum.of(input("inputs", "nlgp", "gain", 2)).eigenvalues(m),
                    FamilySpectrum.of(input("inputs", "gp", "gain", 2)).eigenvalues(m));
            assertArrayEquals(FamilySpectrum.of(input("inputs", "norta", "shape", 6.0)).eigenvalues(m),
                    FamilySpectrum.of(input("inputs", "norta", "shape", 6.0, "control", "gaussian")).eigenvalues(m));
        }
    }

    private static double[] referenceLatentDft(InputConfig c, int m) {
        int n = c.pixels();
        double xi = c.xi().get(m);
        double[] out = new double[n];
        for (int q = 0; q < n; q++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                int d = Math.min(i, n - i);
                double k = Math.exp(-(double) d * d / (xi * xi)) + (i == 0 ? c.jitter() : 0);
                sum += k * Math.cos(2 * Math.PI * ((long) q * i % n) / n);
            }
            out[q] = sum;
        }
        return out;
    }

    @Test
    void shortTrialsRunToTheEndForEveryFamily() {
        Object[][] runs = {{"inputs", "nlgp"}, {"inputs", "norta", "shape", 6.0}, {"inputs", "elliptical"},
            {"inputs", "ising"}};
        for (Object[] f : runs) {
            TrialResult r = run(small(f));
            assertEquals(TrialStatus.OK, r.status(), List.of(f) + ": " + r.message());
            double loss = r.scalars().get("final_test_loss");
            assertTrue(Double.isFinite(loss) && loss > 0, List.of(f) + " loss " + loss);
            assertEquals(r.trajectory().testLoss().length, 6, "snapshots 5 plus step 0");
        }
    }

    /**
     * The family is not ignored: ±1 Ising pixels and the NLGP at a large gain (whose pixels tend to
     * ±1 too) give different predictions, and so do NORTA alg and the NLGP; the elliptical family,
     * whose covariance is the latent C_m, gives exactly the NLGP's g = 0 prediction.
     */
    @Test
    void theFamilyChangesThePrediction() {
        double ising = run(small("inputs", "ising")).scalars().get("final_test_loss");
        double nlgp = run(small("gain", 10)).scalars().get("final_test_loss");
        double alg = run(small("inputs", "norta", "shape", 6.0)).scalars().get("final_test_loss");
        double nlgp3 = run(small()).scalars().get("final_test_loss");
        assertTrue(Math.abs(ising - nlgp) > 1e-4, ising + " vs " + nlgp);
        assertTrue(Math.abs(alg - nlgp3) > 1e-4, alg + " vs " + nlgp3);
        assertEquals(run(small("gain", 0)).scalars().get("final_test_loss"),
                run(small("inputs", "elliptical")).scalars().get("final_test_loss"));
    }

    private static String refusedParameter(Object... extra) {
        Map<String, Object> p = small(extra);
        return assertThrows(InvalidParameterException.class,
                () -> KERNEL.validate(KERNEL.schema().resolve(p))).parameter();
    }

    @Test
    void combinationsTheFlowCannotUseAreRefusedByName() {
        assertEquals("dim", refusedParameter("inputs", "ising", "dim", 2, "size", 8));
        assertEquals("marginal", refusedParameter("inputs", "nlgp", "marginal", "laplace"));
        assertEquals("coupling", refusedParameter("inputs", "norta", "shape", 6.0, "coupling", List.of(1, 2)));
        assertEquals("shape", refusedParameter("inputs", "elliptical", "radial", "student-t", "shape", 3.0));
        assertEquals("shape", refusedParameter("inputs", "norta"));
        assertEquals("gain", refusedParameter("inputs", "ising", "gain", 1));
    }
}
