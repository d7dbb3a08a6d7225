package org.rfsweep.data;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.rfsweep.kernel.InvalidParameterException;

/**
 * The kurtosis axis (SCIENCE.md §7): the shape parameter whose exact marginal excess kurtosis is a
 * target κ, for the families where that function is monotone in the shape: the NLGP's gain
 * (κ from 0 at g → 0 to −2 at g → ∞), alg's k (∞ at k → 4⁺ to −6/5 at k → ∞; closed form) and
 * student-t's ν (κ = 6/(ν − 4), solved in closed form). Brent's method (Commons Math) on the log
 * of the shape, to an absolute accuracy of 1e-14 there; a κ outside what the shape's allowed range
 * reaches is an error naming {@code kurtosis} and the reachable interval.
 */
final class KurtosisSolver {
    /** alg's k is searched in (4 + 1e-9, 1e4]: beyond, the kurtosis is within 3e-4 of −6/5. */
    static final double ALG_MIN_EXCESS = 1e-9;
    static final double ALG_MAX_K = 1e4;
    private static final double ACCURACY = 1e-14;
    private static final int MAX_EVALUATIONS = 200;

    private KurtosisSolver() {
    }

    /** The NLGP gain in [1e-6, 1e6] whose excess kurtosis at latent variance v is κ. */
    static double nlgpGain(double kappa, double latentVariance) {
        DoubleUnaryOperator k = logG -> Nlgp.excessKurtosis(Math.exp(logG), latentVariance);
        return Math.exp(solve(k, Math.log(NlgpFamily.MIN_GAIN), Math.log(NlgpFamily.MAX_GAIN), kappa,
                "nlgp (gain between 1e-6 and 1e6)"));
    }

    /** alg's k whose excess kurtosis is κ. */
    static double algK(double kappa) {
        DoubleUnaryOperator k = logExcess -> AlgMarginal.rawKurtosis(AlgMarginal.MIN_K + Math.exp(logExcess)) - 3;
        double logExcess = solve(k, Math.log(ALG_MIN_EXCESS), Math.log(ALG_MAX_K - AlgMarginal.MIN_K), kappa,
                "norta alg (k between 4 and 1e4)");
        return AlgMarginal.MIN_K + Math.exp(logExcess);
    }

    /** Student-t's ν = 4 + 6/κ, κ &gt; 0. */
    static double studentTNu(double kappa) {
        if (!(kappa > 0)) {
            throw new InvalidParameterException("kurtosis", String.format(Locale.ROOT,
                    "%s is outside the reachable range (0, inf) of elliptical student-t (excess kurtosis 6/(nu - 4))",
                    kappa));
        }
        return 4 + 6 / kappa;
    }

    private static double solve(DoubleUnaryOperator kurtosis, double lo, double hi, double target, String family) {
        double a = kurtosis.applyAsDouble(lo);
        double b = kurtosis.applyAsDouble(hi);
        double min = Math.min(a, b);
        double max = Math.max(a, b);
        if (!(target > min && target < max)) {
            throw new InvalidParameterException("kurtosis", String.format(Locale.ROOT,
                    "%s is outside the reachable range (%.8g, %.6g) of %s", target, min, max, family));
        }
        return new BrentSolver(ACCURACY).solve(MAX_EVALUATIONS, x -> kurtosis.applyAsDouble(x) - target, lo, hi);
    }
}
