package org.rfsweep.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.TrialSpec;

/**
 * Every spec in {@code sweeps/} validates against the real kernels and starts with a comment saying
 * what it is for; the paper presets have the sizes issue 6 asks for.
 */
class PresetSpecsTest {
    private static final Path SWEEPS = Path.of("..", "sweeps");

    private static SweepSpec load(String name) throws IOException, InvalidSpecException {
        Path file = SWEEPS.resolve(name + ".yaml");
        return SweepSpecLoader.parse(Files.readString(file), file.toString(), SweepSpecLoader.DEFAULT_MAX_TRIALS);
    }

    /** The distinct values of each parameter over the trials. */
    private static Map<String, TreeSet<String>> values(SweepSpec spec) {
        Map<String, TreeSet<String>> v = new TreeMap<>();
        for (java.util.Iterator<TrialSpec> it = spec.trials(); it.hasNext(); ) {
            it.next().params().asMap().forEach((k, x) -> v.computeIfAbsent(k, q -> new TreeSet<>()).add(String.valueOf(x)));
        }
        return v;
    }

    @Test
    void everySpecInSweepsValidatesAndSaysWhatItIsFor() throws IOException, InvalidSpecException {
        List<Path> specs;
        try (Stream<Path> s = Files.list(SWEEPS)) {
            specs = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(specs.size() >= 7, specs.toString());
        for (Path p : specs) {
            String text = Files.readString(p);
            SweepSpec spec = SweepSpecLoader.parse(text, p.toString(), SweepSpecLoader.DEFAULT_MAX_TRIALS);
            assertEquals(p.getFileName().toString(), spec.name() + ".yaml", "a preset's file is named after its sweep");
            assertTrue(text.startsWith("#"), p + " starts with a comment saying what it reproduces");
        }
    }

    @Test
    void theGainSweepsCompareTheNlgpWithItsGaussianControlOverThreeDecades() throws IOException, InvalidSpecException {
        for (String name : List.of("ig22-gain-1d", "ig22-gain-2d")) {
            SweepSpec spec = load(name);
            Map<String, TreeSet<String>> v = values(spec);
            assertEquals(new TreeSet<>(List.of("gp", "nlgp")), v.get("inputs"), name);
            assertTrue(v.get("seed").size() >= 3, name);
            assertEquals(9, v.get("gain").size(), name);
            List<Double> gains = v.get("gain").stream().map(Double::valueOf).sorted().toList();
            assertEquals(0.01, gains.get(0), 1e-15);
            assertEquals(10, gains.get(gains.size() - 1), 1e-12);
            for (int i = 1; i < gains.size(); i++) {
                assertEquals(Math.pow(10, 3.0 / 8), gains.get(i) / gains.get(i - 1), 1e-12, "log-spaced");
            }
            assertEquals("8", v.get("width").first());
            assertEquals(1, v.get("snapshots").size());
            assertTrue(Integer.parseInt(v.get("snapshots").first()) > 1, "trajectories kept");
        }
        TrialSpec one = load("ig22-gain-1d").trials().next();
        assertEquals(1, one.params().getInt("dim"));
        assertEquals(400, one.params().getInt("size"));
        assertEquals(new DoublePair(3, 10), one.params().getPair("xi"));
        TrialSpec two = load("ig22-gain-2d").trials().next();
        assertEquals(2, two.params().getInt("dim"));
        assertEquals(20, two.params().getInt("size"));
        assertEquals(new DoublePair(1, 3), two.params().getPair("xi"));
        assertEquals(3000.0, two.params().getDouble("time"));
    }

    @Test
    void thePhaseDiagramsSweepGainAgainstSeveralXiPairs() throws IOException, InvalidSpecException {
        for (String name : List.of("phase-gain-xi", "phase-gain-xi-small")) {
            SweepSpec spec = load(name);
            assertEquals(List.of("xi", "gain", "seed"), spec.sweptParameters(), name);
            Map<String, TreeSet<String>> v = values(spec);
            assertTrue(v.get("xi").size() >= 4, name);
            assertTrue(v.get("seed").size() >= 3, name);
            assertFalse(v.get("gain").isEmpty());
        }
        assertEquals(1470, load("phase-gain-xi").trialCount());
        assertEquals(208, load("phase-gain-xi-small").trialCount());
    }

    /** The AGOP presets (issue 18): NLGP against its control over gain, at least 3 seeds; cnfa in 1-D and 2-D. */
    @Test
    void theAgopPresetsCompareTheNlgpWithItsControlOverGainInEveryGeometry() throws IOException, InvalidSpecException {
        for (String name : List.of("rfm-gain", "cnfa-gain", "conv-rfm-gain")) {
            Map<String, TreeSet<String>> v = values(load(name));
            assertEquals(new TreeSet<>(List.of("gp", "nlgp")), v.get("inputs"), name);
            assertTrue(v.get("seed").size() >= 3, name);
            assertTrue(v.get("gain").size() >= 4, name);
        }
        assertEquals("rfm", load("rfm-gain").kernel().name());
        assertEquals(new TreeSet<>(List.of("1", "2")), values(load("cnfa-gain")).get("dim"));
        assertEquals("3", values(load("rfm-gain")).get("iterations").first(), "SCIENCE.md 9: T = 3");
        assertEquals("10.0", values(load("rfm-gain")).get("bandwidth").first(), "SCIENCE.md 9: L = 10");
    }
}
