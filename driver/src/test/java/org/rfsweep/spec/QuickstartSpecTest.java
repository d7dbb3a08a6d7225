package org.rfsweep.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.Kernels;
import org.rfsweep.kernel.TrialSpec;

/** sweeps/quickstart.yaml validates against the real twolayer-sgd kernel and expands as its comments say. */
class QuickstartSpecTest {
    private static final Path QUICKSTART = Path.of("..", "sweeps", "quickstart.yaml");

    @Test
    void quickstartIsFortyTwoTrialsOverInputsGainAndSeed() throws IOException, InvalidSpecException {
        String text = Files.readString(QUICKSTART);
        SweepSpec spec = SweepSpecLoader.parse(text, QUICKSTART.toString(), SweepSpecLoader.DEFAULT_MAX_TRIALS);
        assertEquals("quickstart", spec.name());
        assertEquals(42, spec.trialCount());
        assertEquals(List.of("inputs", "gain", "seed"), spec.sweptParameters());
        Set<Double> gains = new LinkedHashSet<>();
        spec.trials().forEachRemaining(t -> gains.add(t.params().getDouble("gain")));
        assertEquals(List.of(0.01, Math.pow(10, -1.5), 0.1, Math.pow(10, -0.5), 1.0, Math.pow(10, 0.5), 10.0),
                List.copyOf(gains));
        TrialSpec first = spec.trials().next();
        assertEquals(100, first.params().getInt("size"));
        assertEquals(8, first.params().getInt("width"));
        assertEquals(new DoublePair(1, 3), first.params().getPair("xi"));
        assertEquals(1000.0, first.params().getDouble("time"));
    }

    /**
     * Trial ids of quickstart trials computed before the input-family parameters existed (commit
     * 129e2d9, by TrialSpec.trialIdOf and cross-checked with Python's hashlib over the canonical
     * text): adding neutral parameters must not move them (DESIGN.md, "Identity").
     */
    @Test
    void quickstartTrialIdsAreThoseFromBeforeTheFamilyParameters() throws IOException, InvalidSpecException {
        String text = Files.readString(QUICKSTART);
        SweepSpec spec = SweepSpecLoader.parse(text, QUICKSTART.toString(), SweepSpecLoader.DEFAULT_MAX_TRIALS);
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        spec.trials().forEachRemaining(t -> ids.put(t.params().getString("inputs") + " "
                + t.params().getDouble("gain") + " " + t.params().getLong("seed"), t.trialId()));
        assertEquals("e40817795081881cdb1a", ids.get("nlgp 0.01 0"));
        assertEquals("8004f3b82903a8ee81e1", ids.get("gp 10.0 2"));
        assertEquals("9cb63e70fbfff3d65e31", ids.get("nlgp 3.1622776601683795 1"));
        assertEquals(42, ids.size());
    }
}
