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
}
