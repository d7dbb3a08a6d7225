package org.rfsweep.data;

import java.util.Locale;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.ResolvedParams;

/**
 * Resolves the data parameters ({@link InputParams}) of one trial into an {@link InputConfig}:
 * picks the family, solves its shape from a target kurtosis, and refuses every combination that
 * would silently mean something else (a parameter of another family set, kurtosis and the shape
 * both given, a shape with an infinite moment), naming the parameter.
 */
final class FamilyResolver {
    private FamilyResolver() {
    }

    static InputConfig config(ResolvedParams p) {
        String inputs = p.getString("inputs");
        boolean control = inputs.equals("gp") || "gaussian".equals(optional(p, InputParams.CONTROL));
        InputFamily family = family(p, inputs);
        return new InputConfig(family, control, p.getInt("dim"), p.getInt("size"), p.getBoolean("periodic"),
                p.getPair("xi"), p.getDouble("jitter"));
    }

    private static InputFamily family(ResolvedParams p, String inputs) {
        requireDefaultUnless(p, InputParams.MARGINAL, inputs.equals("norta"), "inputs norta");
        requireDefaultUnless(p, InputParams.RADIAL, inputs.equals("elliptical"), "inputs elliptical");
        requireDefaultUnless(p, InputParams.COUPLING, inputs.equals("ising"), "inputs ising");
        boolean nlgp = inputs.equals("nlgp") || inputs.equals("gp");
        requireDefaultUnless(p, InputParams.GAIN, nlgp && !given(p, InputParams.KURTOSIS), "inputs nlgp and gp "
                + "without kurtosis (kurtosis replaces the gain)");
        double shape = (Double) optional(p, InputParams.SHAPE);
        double kurtosis = (Double) optional(p, InputParams.KURTOSIS);
        switch (inputs) {
            case "nlgp", "gp" -> {
                noShape(shape, "inputs " + inputs + " (its shape is gain)");
                return new NlgpFamily(Double.isNaN(kurtosis) ? p.getDouble("gain")
                        : KurtosisSolver.nlgpGain(kurtosis, 1 + p.getDouble("jitter")));
            }
            case "norta" -> {
                String marginal = (String) optional(p, InputParams.MARGINAL);
                if (marginal.equals("alg")) {
                    return NortaFamily.alg(shapeOrKurtosis(shape, kurtosis, "norta alg", "k",
                            AlgMarginal.MIN_K, "k <= 4 has no finite kurtosis (k <= 2 no finite variance)", true));
                }
                fixedLaw(shape, kurtosis, "norta " + marginal);
                return NortaFamily.of(marginal);
            }
            case "elliptical" -> {
                String radial = (String) optional(p, InputParams.RADIAL);
                if (radial.equals("student-t")) {
                    return EllipticalFamily.studentT(shapeOrKurtosis(shape, kurtosis, "elliptical student-t", "nu",
                            4, "nu <= 4 has no finite kurtosis (nu <= 2 no finite variance)", false));
                }
                fixedLaw(shape, kurtosis, "elliptical " + radial);
                return EllipticalFamily.of(radial);
            }
            case "ising" -> {
                fixedLaw(shape, kurtosis, "inputs ising");
                return new IsingRing((DoublePair) optional(p, InputParams.COUPLING));
            }
            default -> throw new IllegalArgumentException("unknown inputs " + inputs);
        }
    }

    /** The shape given, or solved from the kurtosis given; exactly one of the two. */
    private static double shapeOrKurtosis(double shape, double kurtosis, String family, String symbol, double min,
                                          String why, boolean alg) {
        if (!Double.isNaN(shape) && !Double.isNaN(kurtosis)) {
            throw new InvalidParameterException("kurtosis", "give kurtosis or shape for " + family + ", not both");
        }
        if (Double.isNaN(shape) && Double.isNaN(kurtosis)) {
            throw new InvalidParameterException("shape", family + " needs its shape " + symbol + " (> " + (int) min
                    + ") or a target kurtosis");
        }
        if (!Double.isNaN(kurtosis)) {
            return alg ? KurtosisSolver.algK(kurtosis) : KurtosisSolver.studentTNu(kurtosis);
        }
        if (!(shape > min)) {
            throw new InvalidParameterException("shape", String.format(Locale.ROOT,
                    "%s = %s for %s: must be > %d, %s", symbol, shape, family, (int) min, why));
        }
        return shape;
    }

    private static void fixedLaw(double shape, double kurtosis, String family) {
        noShape(shape, family);
        if (!Double.isNaN(kurtosis)) {
            throw new InvalidParameterException("kurtosis", family + " has a fixed law, so its kurtosis cannot be "
                    + "chosen; kurtosis applies to nlgp/gp (gain), norta alg (k) and elliptical student-t (nu)");
        }
    }

    private static void noShape(double shape, String family) {
        if (!Double.isNaN(shape)) {
            throw new InvalidParameterException("shape", "applies to norta alg (k) and elliptical student-t (nu) only, "
                    + "not to " + family);
        }
    }

    /** Fails when {@code def} is set away from its default although it means nothing here. */
    private static void requireDefaultUnless(ResolvedParams p, org.rfsweep.kernel.ParamDef def, boolean applies,
                                             String where) {
        Object value = optional(p, def);
        if (!applies && !def.isDefault(value)) {
            throw new InvalidParameterException(def.name(), "applies only to " + where + "; here it would be ignored");
        }
    }

    private static boolean given(ResolvedParams p, org.rfsweep.kernel.ParamDef def) {
        return !def.isDefault(optional(p, def));
    }

    /** The value, or the default when the kernel's schema predates the parameter. */
    private static Object optional(ResolvedParams p, org.rfsweep.kernel.ParamDef def) {
        return p.asMap().containsKey(def.name()) ? p.get(def.name()) : def.defaultValue();
    }
}
