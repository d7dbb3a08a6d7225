package org.rfsweep.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamSchemaTest {
    private static final ParamSchema SCHEMA = new ParamSchema(List.of(
            ParamDef.integer("width", 8, 1, 100, "neurons"),
            ParamDef.real("gain", 3, 0, false, Double.NaN, "gain"),
            ParamDef.real("lr", 0.05, 0, true, Double.NaN, "learning rate"),
            ParamDef.pair("xi", new DoublePair(3, 10), 0, true, Double.NaN, "lengths"),
            ParamDef.choice("inputs", "nlgp", List.of("nlgp", "gp"), "inputs"),
            ParamDef.bool("periodic", true, "ring"),
            ParamDef.longValue("seed", 0, 0, "seed")));

    @Test
    void missingValuesTakeTheirDefaults() {
        ResolvedParams p = SCHEMA.resolve(Map.of("gain", 1));
        assertEquals(1.0, p.getDouble("gain"));
        assertEquals(8, p.getInt("width"));
        assertEquals(new DoublePair(3, 10), p.getPair("xi"));
        assertEquals("nlgp", p.getString("inputs"));
        assertTrue(p.getBoolean("periodic"));
        assertEquals(0L, p.getLong("seed"));
    }

    @Test
    void aSharedDefinitionCanChangeItsDefaultOrDocAndKeepItsRange() {
        ParamDef width = SCHEMA.require("width");
        ParamDef smaller = width.withDefault(4);
        assertEquals(4, smaller.defaultValue());
        assertEquals(width.doc(), smaller.doc());
        assertEquals(width.rangeText(), smaller.rangeText());
        ParamDef filters = width.withDoc("filters");
        assertEquals("filters", filters.doc());
        assertEquals(8, filters.defaultValue());
        assertThrows(InvalidParameterException.class, () -> smaller.coerce(101));
        assertThrows(IllegalStateException.class, () -> SCHEMA.require("widht"));
    }

    @Test
    void integersAndWholeDoublesResolveToTheSameTrial() {
        ResolvedParams a = SCHEMA.resolve(Map.of("gain", 3, "width", 8.0, "xi", List.of(3, 10)));
        ResolvedParams b = SCHEMA.resolve(Map.of("gain", 3.0));
        assertEquals(a, b);
        assertEquals(a.canonicalForm(), b.canonicalForm());
    }

    @Test
    void canonicalFormIsSortedAndExact() {
        ResolvedParams p = SCHEMA.resolve(Map.of("gain", 0.1));
        assertEquals("gain=0.1;inputs=nlgp;lr=0.05;periodic=true;seed=0;width=8;xi=[3.0,10.0]", p.canonicalForm());
    }

    @Test
    void rangeAndTypeErrorsNameTheParameter() {
        assertMessage("gain: value -1 is outside the allowed range [0, inf)", Map.of("gain", -1));
        assertMessage("lr: value 0 is outside the allowed range (0, inf)", Map.of("lr", 0));
        assertMessage("width: expected an integer, got 2.5", Map.of("width", 2.5));
        assertMessage("width: value 101 is outside the allowed range [1, 100]", Map.of("width", 101));
        assertMessage("gain: must be a finite number, got NaN", Map.of("gain", Double.NaN));
        assertMessage("gain: expected a number, got \"high\"", Map.of("gain", "high"));
        assertMessage("inputs: expected one of [nlgp, gp], got \"gauss\"", Map.of("inputs", "gauss"));
        assertMessage("periodic: expected true or false, got 1", Map.of("periodic", 1));
        assertMessage("xi1: must be a finite number, got Infinity", Map.of("xi", List.of(1, Double.POSITIVE_INFINITY)));
        assertMessage("xi: value 0 is outside the allowed range (0, inf)", Map.of("xi", List.of(0, 1)));
        assertMessage("xi: expected a pair [xi0, xi1], got [1, 2, 3]", Map.of("xi", List.of(1, 2, 3)));
        assertMessage("colour: unknown parameter", Map.of("colour", 1));
    }

    @Test
    void oneValueMayBeAllowedOutsideTheRangeAndTheRangeTextSaysSo() {
        ParamDef gain = ParamDef.real("gain", 3, 1e-6, false, 1e6, "gain").orExactly(0);
        assertEquals("0 or [1.0E-6, 1000000]", gain.rangeText());
        assertEquals(0.0, gain.coerce(0));
        assertEquals(1e-6, gain.coerce(1e-6));
        assertEquals(1e6, gain.coerce(1e6));
        InvalidParameterException between = assertThrows(InvalidParameterException.class, () -> gain.coerce(5e-7));
        assertEquals("gain: value 5.0E-7 is outside the allowed range 0 or [1.0E-6, 1000000]", between.getMessage());
        assertThrows(InvalidParameterException.class, () -> gain.coerce(-1));
        assertThrows(InvalidParameterException.class, () -> gain.coerce(1.5e6));
        assertEquals(gain.rangeText(), gain.withDefault(1.0).asNeutral().withDoc("g").rangeText(), "kept by the copies");
        assertEquals("[0, inf)", SCHEMA.require("gain").rangeText(), "none by default");
    }

    @Test
    void aPairGivenAsAPairIsCheckedLikeAList() {
        ParamDef xi = SCHEMA.require("xi");
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> xi.coerce(new DoublePair(Double.NaN, 1)));
        assertEquals("xi0: must be a finite number, got NaN", e.getMessage());
    }

    @Test
    void invalidDefaultsAreRejectedWhenTheSchemaIsBuilt() {
        assertThrows(InvalidParameterException.class,
                () -> new ParamSchema(List.of(ParamDef.integer("width", 0, 1, 10, "neurons"))));
    }

    @Test
    void trialIdsDependOnEveryValueAndOnTheKernelVersion() {
        ResolvedParams p = SCHEMA.resolve(Map.of());
        String id = TrialSpec.trialIdOf("k", "1", p);
        assertEquals(20, id.length());
        assertEquals(id, TrialSpec.trialIdOf("k", "1", SCHEMA.resolve(Map.of("gain", 3.0))));
        assertNotEquals(id, TrialSpec.trialIdOf("k", "2", p));
        assertNotEquals(id, TrialSpec.trialIdOf("k", "1", SCHEMA.resolve(Map.of("seed", 1))));
        assertNotEquals(id, TrialSpec.trialIdOf("k", "1", SCHEMA.resolve(Map.of("gain", Math.nextUp(3.0)))));
    }

    private static void assertMessage(String expected, Map<String, ?> raw) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> SCHEMA.resolve(raw));
        assertEquals(expected, e.getMessage());
    }
}
