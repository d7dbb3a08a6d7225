package org.rfsweep.data;

import java.util.ArrayList;
import java.util.List;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.ParamDef;

/**
 * The data parameters every kernel shares (SCIENCE.md §1, §7), declared once. {@link #BASE} are
 * the NLGP's, as before the other families; {@link #FAMILY} were added with them and are all
 * neutral ({@link ParamDef#neutral()}): at their defaults a trial is the NLGP (or its control) as
 * before and keeps its trial_id. {@link InputConfig#from} resolves them.
 */
public final class InputParams {
    public static final ParamDef INPUTS = ParamDef.choice("inputs", "nlgp",
            List.of("nlgp", "gp", "norta", "elliptical", "ising"),
            "input family: nlgp (erf of a Gaussian field), gp (the nlgp's Gaussian control), norta (any marginal, "
                    + "see marginal), elliptical (see radial), ising (1-D ring of +-1 spins, see coupling)");
    public static final ParamDef DIM = ParamDef.integer("dim", 1, 1, 2,
            "input dimension: 1 (ring/segment) or 2 (torus/square)");
    public static final ParamDef SIZE = ParamDef.integer("size", 400, 2, 4096, "pixels per side; N = size^dim");
    public static final ParamDef PERIODIC = ParamDef.bool("periodic", true,
            "periodic boundaries (circulant covariance, FFT sampling)");
    public static final ParamDef XI = ParamDef.pair("xi", new DoublePair(3, 10), 0, true, Double.NaN,
            "correlation lengths (xi0, xi1) of class 0 (y=+1) and class 1 (y=-1), pixels; C = exp(-d^2/xi^2)");
    public static final ParamDef GAIN = ParamDef.real("gain", 3, NlgpFamily.MIN_GAIN, false, NlgpFamily.MAX_GAIN,
            "NLGP gain g: x = erf(g z / sqrt 2) / sqrt(gamma(g)); 0 = Gaussian limit (nlgp and gp only)").orExactly(0);
    public static final ParamDef JITTER = ParamDef.real("jitter", 1e-3, 0, false, Double.NaN,
            "added to the covariance diagonal");
    public static final ParamDef CONTROL = ParamDef.choice("control", "none", List.of("none", "gaussian"),
            "gaussian: sample the family's Gaussian control instead (exactly its covariance; inputs gp is nlgp's)")
            .asNeutral();
    public static final ParamDef MARGINAL = ParamDef.choice("marginal", "alg",
            List.of("alg", "laplace", "uniform", "sign", "gaussian"),
            "norta: pixel marginal x = Q(Phi(z)); alg(k) has density (1+|x|^k)^(-(k+1)/k)/2 (needs shape or "
                    + "kurtosis); laplace, uniform, sign (+-1), gaussian").asNeutral();
    public static final ParamDef RADIAL = ParamDef.choice("radial", "shell", List.of("shell", "student-t", "lsg"),
            "elliptical: radial law; shell (r constant), student-t (multivariate t, needs shape nu or kurtosis), "
                    + "lsg (r = 2 + artanh U, Lufkin-Saxe-Grant)").asNeutral();
    public static final ParamDef SHAPE = ParamDef.optionalReal("shape", 0, true, Double.NaN,
            "shape of the family: k of norta alg (> 4) or nu of elliptical student-t (> 4); or give kurtosis");
    public static final ParamDef KURTOSIS = ParamDef.optionalReal("kurtosis", Double.NaN, false, Double.NaN,
            "target marginal excess kurtosis, instead of the shape: solves gain (nlgp, gp; in (-2, 0)), "
                    + "k (alg; > -1.2) or nu (student-t; > 0)");
    public static final ParamDef COUPLING = ParamDef.pair("coupling", new DoublePair(0.9, 1.5), 0, false,
            Double.NaN, "ising: couplings (J0, J1) of class 0 and 1; correlation lengths -1/ln tanh J, "
                    + "3.0 and 10.0 pixels at the default").asNeutral();

    /** The NLGP's data parameters, in column order. */
    public static final List<ParamDef> BASE = List.of(INPUTS, DIM, SIZE, PERIODIC, XI, GAIN, JITTER);
    /** The family parameters, neutral, in column order. */
    public static final List<ParamDef> FAMILY = List.of(CONTROL, MARGINAL, RADIAL, SHAPE, KURTOSIS, COUPLING);

    private InputParams() {
    }

    /**
     * A kernel's parameters with the family part ({@link #FAMILY}) inserted after {@code jitter},
     * the column order of the kernels that list their own data parameters.
     *
     * @param params parameters including {@code jitter}. Not modified.
     */
    public static List<ParamDef> withFamilies(List<ParamDef> params) {
        List<ParamDef> all = new ArrayList<>();
        for (ParamDef p : params) {
            all.add(p);
            if (p.name().equals(JITTER.name())) {
                all.addAll(FAMILY);
            }
        }
        return all;
    }

    /** {@link #BASE} then {@link #FAMILY}. */
    public static List<ParamDef> all() {
        List<ParamDef> all = new ArrayList<>(BASE);
        all.addAll(FAMILY);
        return List.copyOf(all);
    }
}
