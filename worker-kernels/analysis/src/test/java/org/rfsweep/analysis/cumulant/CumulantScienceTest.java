package org.rfsweep.analysis.cumulant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;

/**
 * The science of SCIENCE.md §5 at small size (1-D rings of 12-16 pixels, 20,000-200,000 samples):
 * the Gaussian control's cumulant vanishes to Monte-Carlo noise, the NLGP's leading factor
 * localises at high gain and widens with ξ.
 */
class CumulantScienceTest {
    private final CumulantCpKernel kernel = new CumulantCpKernel();

    private TrialResult run(Map<String, Object> overrides) {
        Map<String, Object> raw = new HashMap<>(Map.of("size", 16, "samples", 20000, "rank", 1, "restarts", 2,
                "max_iter", 200, "tol", 1e-6));
        raw.putAll(overrides);
        TrialResult r = kernel.run(TrialSpec.of(kernel, kernel.schema().resolve(raw)));
        assertEquals(TrialStatus.OK, r.status());
        return r;
    }

    /**
     * Gaussian control: ΔT = 0 exactly, so γ_1 is the largest |noise| of the sample fourth moment over
     * the sphere. Bound: |γ_1| ≤ 8 se_1, se_1 the standard error of ΔT(u1⁴) at the found u1. A
     * maximum over N = 8 directions' worth of a Gaussian field lies about sqrt(2 N ln 5) = 5.1 se
     * out at most (union bound over a 1/2-net of the sphere); observed ratios: 2.6 and 3.2 for the
     * two seeds here, 2.5-4.3 in 18 trials at N = 20, 2.6-5.9 in 30 at N = 40 (where the
     * net bound is 11). Failure probability below 1e-3 (Gaussian tail beyond 8 se given the
     * net bound; not derived rigorously). The test has teeth: a Gaussian part with coefficient 2
     * instead of 3 would leave γ ≈ (uᵀCu)² ≈ λ_max(C)² ≈ 2 here, against a bound of ~0.5.
     */
    @Test
    void gaussianControlCumulantIsWithinMonteCarloNoiseOfZero() {
        for (long seed = 0; seed < 2; seed++) {
            TrialResult r = run(Map.of("inputs", "gp", "size", 8, "xi", List.of(1.0, 0.8), "gain", 3.0,
                    "samples", 100_000, "seed", seed));
            double gamma = r.scalar("gamma_1");
            double se = r.scalar("gamma_se_1");
            assertTrue(Math.abs(gamma) <= 8 * se, "gamma " + gamma + " se " + se);
            assertTrue(se < 0.1, "se " + se); // 100,000 samples: measured 0.059 and 0.072
        }
    }

    /**
     * NLGP class 0 with ξ0 = 1 on a 16-ring: at g = 10 (kurtosis −1.93) the leading factor is a
     * narrow bump (IPR ≈ 0.7, γ ≈ −2.6 far beyond noise); at g = 0.1 (kurtosis −0.04) ΔT is buried in
     * the noise and the factor is no more localised than noise. Measured here: IPR 0.70 (γ −2.58, se
     * 0.018) vs 0.12; at N = 20, 0.69-0.70 (3 seeds) vs 0.08-0.34 at g = 0.3. The margin makes a false failure
     * implausible (it needs a noise factor as peaked as a one-hot-like bump).
     */
    @Test
    void leadingFactorLocalisesAtHighGainOnly() {
        TrialResult high = run(Map.of("gain", 10.0, "xi", List.of(1.0, 1.0)));
        TrialResult low = run(Map.of("gain", 0.1, "xi", List.of(1.0, 1.0)));
        assertTrue(high.scalar("gamma_1") < -2, "gamma " + high.scalar("gamma_1"));
        assertTrue(Math.abs(high.scalar("gamma_1")) > 20 * high.scalar("gamma_se_1"));
        assertTrue(high.scalar("ipr_top") > 0.55, "high-gain IPR " + high.scalar("ipr_top"));
        assertTrue(high.scalar("ipr_top") > low.scalar("ipr_top") + 0.2,
                "IPR " + high.scalar("ipr_top") + " vs " + low.scalar("ipr_top"));
        assertEquals(1.0, high.scalar("n_localised"));
    }

    /**
     * At g = 10 the leading factor's FWHM tracks ξ0: about 1.5 pixels at ξ0 = 1 and 3.6 at ξ0 = 2
     * (measured here: 1.48 and 3.70 after 60 steps; at N = 20 three seeds each, spread below 0.15).
     */
    @Test
    void leadingFactorWidthGrowsWithXi() {
        double narrow = run(Map.of("gain", 10.0, "xi", List.of(1.0, 1.0))).scalar("width_top");
        double wide = run(Map.of("gain", 10.0, "xi", List.of(2.0, 1.0), "max_iter", 60)).scalar("width_top");
        assertTrue(narrow < 2.0, "width at xi 1: " + narrow);
        assertTrue(wide > narrow + 1.0, "width at xi 2: " + wide + " vs " + narrow);
    }
}
