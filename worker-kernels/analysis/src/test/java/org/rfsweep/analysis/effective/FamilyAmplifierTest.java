package org.rfsweep.analysis.effective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.rfsweep.data.EllipticalFamily;
import org.rfsweep.data.InputConfig;
import org.rfsweep.data.NortaFamily;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.math.Erf;

/**
 * The amplifier φ of the input families of SCIENCE.md §7 (effective-dynamics version 2) against
 * exact values: NORTA marginals through the same quadrature as the NLGP, Ising's ±1 pixels in
 * closed form, elliptical data exactly linear with slope E|x_i| (closed forms checked against
 * independent ones).
 */
class FamilyAmplifierTest {
    private static final double[] A = {0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99};
    private static final Kernel KERNEL = new EffectiveDynamicsKernel();

    private static InputConfig config(Map<String, Object> extra) {
        Map<String, Object> raw = new HashMap<>(Map.of("jitter", 0));
        raw.putAll(extra);
        return EffectiveDynamicsKernel.singleNeuron(KERNEL.schema().resolve(raw)).input();
    }

    private static Amplifier amplifier(Map<String, Object> extra) {
        return EffectiveDynamicsKernel.amplifier(config(extra), 1);
    }

    @Test
    void nortaGaussianIsLinearAndNortaSignIsTheClosedForm() {
        Amplifier gauss = amplifier(Map.of("inputs", "norta", "marginal", "gaussian"));
        Amplifier sign = amplifier(Map.of("inputs", "norta", "marginal", "sign"));
        for (double a : A) {
            assertEquals(Math.sqrt(2 / Math.PI) * a, gauss.value(a), 1e-12, "gaussian a = " + a);
            assertEquals(Erf.erf(a / Math.sqrt(2 * (1 - a * a))), sign.value(a), 1e-12, "sign a = " + a);
        }
    }

    /** NORTA uniform is the NLGP at g = 1 with latent variance 1, pixel for pixel (x = √3 erf(z/√2)). */
    @Test
    void nortaUniformEqualsTheNlgpAtGainOne() {
        Amplifier uniform = amplifier(Map.of("inputs", "norta", "marginal", "uniform"));
        Amplifier nlgp = new Amplifier(LatentMarginal.nlgp(1, 1));
        for (double a : A) {
            assertEquals(nlgp.value(a), uniform.value(a), 1e-12, "a = " + a);
        }
    }

    /**
     * alg(k) and laplace: φ(a) = √(2/π)[a − κ a³/6] + O(a⁵) with the family's exact κ; the remainder
     * over a⁵ stays bounded as a halves (it grows like 1/a² with a wrong cubic term), and the cubic
     * term is resolved (without it the error is 100 times larger at a = 0.05). The a⁵ term needs a
     * finite sixth moment: alg(k) has one only for k &gt; 6 (at k = 6 this test fails, as it should;
     * the remainder is then only o(a³)).
     */
    @Test
    void cubicExpansionForNortaMarginals() {
        Object[][] families = {{"alg", 8.0}, {"alg", 15.66}, {"laplace", null}};
        for (Object[] f : families) {
            Map<String, Object> p = new HashMap<>(Map.of("inputs", "norta", "marginal", f[0]));
            if (f[1] != null) {
                p.put("shape", f[1]);
            }
            InputConfig c = config(p);
            double kappa = c.family().excessKurtosis(1, c.pixels());
            Amplifier phi = EffectiveDynamicsKernel.amplifier(c, 1);
            double first = Double.NaN;
            for (double a : new double[] {0.2, 0.1, 0.05, 0.025}) {
                double r = (phi.value(a) - Math.sqrt(2 / Math.PI) * (a - kappa * a * a * a / 6)) / Math.pow(a, 5);
                first = Double.isNaN(first) ? r : first;
                assertTrue(Math.abs(r) <= 1.5 * Math.abs(first) + 0.05, f[0] + " kappa " + kappa + " a " + a + " r " + r);
            }
            double a = 0.05;
            assertTrue(Math.abs(phi.value(a) - Math.sqrt(2 / Math.PI) * a)
                    > 100 * Math.abs(phi.value(a) - Math.sqrt(2 / Math.PI) * (a - kappa * a * a * a / 6)), f[0] + " " + kappa);
        }
    }

    @Test
    void isingPixelsAreSigns() {
        Amplifier ising = amplifier(Map.of("inputs", "ising"));
        for (double a : A) {
            assertEquals(Erf.erf(a / Math.sqrt(2 * (1 - a * a))), ising.value(a), 1e-15, "a = " + a);
        }
    }

    /** Every control is the Gaussian of the pixel variance, whatever the family. */
    @Test
    void controlsAreLinear() {
        for (Map<String, Object> p : new Map[] {Map.of("inputs", "ising", "control", "gaussian"),
                Map.of("inputs", "norta", "marginal", "sign", "control", "gaussian"),
                Map.of("inputs", "elliptical", "radial", "lsg", "control", "gaussian")}) {
            Amplifier phi = amplifier(p);
            assertEquals(Math.sqrt(2 / Math.PI) * 0.5, phi.value(0.5), 1e-13, p.toString());
        }
    }

    /**
     * E|x_i| of the elliptical laws: the shell at N = 2 is a point on the circle of radius √2,
     * E|x_1| = √2 · 2/π; student-t(ν) is √((ν − 2)/ν) times the standard t's E|T| =
     * 2√ν Γ((ν + 1)/2) / (√π (ν − 1) Γ(ν/2)); lsg is the shell times E[r]/√E[r²] with
     * E[r] = 2 + ln 2; every law scales with √C_ii; the amplifier is that slope times a.
     */
    @Test
    void ellipticalAmplifierIsLinearWithTheExactMeanAbsolutePixel() {
        assertEquals(Math.sqrt(2) * 2 / Math.PI, EllipticalFamily.of("shell").meanAbsPixel(1, 2), 1e-15);
        for (double nu : new double[] {5, 6, 16, 100}) {
            double t = 2 * Math.sqrt(nu) * Math.exp(Gamma.logGamma((nu + 1) / 2) - Gamma.logGamma(nu / 2))
                    / (Math.sqrt(Math.PI) * (nu - 1));
            assertEquals(Math.sqrt((nu - 2) / nu) * t, EllipticalFamily.studentT(nu).meanAbsPixel(1, 40), 1e-13, "nu " + nu);
            assertEquals(2 * EllipticalFamily.studentT(nu).meanAbsPixel(1, 40),
                    EllipticalFamily.studentT(nu).meanAbsPixel(4, 40), 1e-13, "scales with the latent sd");
        }
        double r2 = 4 + 4 * Math.log(2) + Math.PI * Math.PI / 12;
        assertEquals(EllipticalFamily.of("shell").meanAbsPixel(1, 40) * (2 + Math.log(2)) / Math.sqrt(r2),
                EllipticalFamily.of("lsg").meanAbsPixel(1, 40), 1e-14);
        assertEquals(Math.sqrt(2 / Math.PI), EllipticalFamily.of("shell").meanAbsPixel(1, 100_000), 1e-5, "N -> infinity");
        Amplifier phi = amplifier(Map.of("inputs", "elliptical", "radial", "student-t", "shape", 6.0));
        for (double a : A) {
            assertEquals(EllipticalFamily.studentT(6).meanAbsPixel(1, 40) * a, phi.value(a), 1e-15);
        }
    }

    /** Version 1 never saw these families; each now runs to the end, and elliptical data never localise. */
    @Test
    void everyFamilyRuns() {
        Object[][] cases = {{"norta", "kurtosis", -0.9}, {"elliptical", "radial", "lsg"}, {"ising", "control", "none"},
            {"elliptical", "radial", "shell"}};
        for (Object[] c : cases) {
            Map<String, Object> raw = new HashMap<>(Map.of("inputs", c[0], "jitter", 0, "num_steps", 300,
                    "init", "truncated-normal", "seed", 1));
            raw.put((String) c[1], c[2]);
            TrialResult r = KERNEL.run(TrialSpec.of(KERNEL, KERNEL.schema().resolve(raw)));
            assertEquals(TrialStatus.OK, r.status(), r.message());
            if (c[0].equals("elliptical")) {
                assertEquals(0.0, r.scalar("n_localised"), "elliptical IPR " + r.scalar("ipr_mean"));
            }
        }
        assertEquals(NortaFamily.alg(6).pixel(0.7), -NortaFamily.alg(6).pixel(-0.7), 0, "odd");
    }
}
