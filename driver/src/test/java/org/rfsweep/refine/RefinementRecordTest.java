package org.rfsweep.refine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.spec.SweepSpec;
import org.rfsweep.spec.SweepSpecLoader;
import org.rfsweep.table.OutputLayout;

/** The refinement record round-trips exactly and expands into the right trials; no record, no change. */
class RefinementRecordTest {
    @TempDir
    Path dir;

    private SweepSpec spec() throws Exception {
        return SweepSpecLoader.parse(String.join("\n", "name: rec", "kernel: threshold-kernel",
                "fixed: {scale: 2}", "grid:", "  group: [sharp, seeded]", "  gain: [0.1, 1, 10]", "  seed: [4, 7]", ""),
                "rec.yaml", 100);
    }

    @Test
    void roundTripsBitForBitAndExpandsOneTrialPerSeedAtTheMatchingGridPoint() throws Exception {
        OutputLayout layout = new OutputLayout(dir);
        SweepSpec spec = spec();
        assertSame(spec, RefinementRecord.applyTo(spec, layout), "without a record the spec is unchanged");
        double g = Math.sqrt(0.1) * Math.sqrt(1.0); // not representable in few digits
        RefinedPoint p = new RefinedPoint("gain", g, new TreeMap<>(Map.of("group", "seeded")));
        new RefinementRecord("rec", List.of(p)).write(layout);
        RefinementRecord back = RefinementRecord.read(layout, "rec");
        assertEquals(List.of(p), back.points());
        assertEquals(Double.doubleToRawLongBits(g), Double.doubleToRawLongBits(back.points().get(0).value()));
        RefinedSweep refined = (RefinedSweep) back.apply(spec);
        assertEquals(12 + 2, refined.trialCount());
        List<TrialSpec> extra = refined.extraTrials();
        assertEquals(2, extra.size());
        for (TrialSpec t : extra) {
            assertEquals(g, t.params().getDouble("gain"));
            assertEquals("seeded", t.params().getString("group"));
            assertEquals(2.0, t.params().getDouble("scale"));
        }
        assertEquals(List.of(4L, 7L), extra.stream().map(t -> t.params().getLong("seed")).toList());
        assertEquals(spec.specHash(), refined.specHash());
    }

    @Test
    void aPointWhoseGridPointLeftTheSpecAddsNothing() throws Exception {
        RefinedPoint gone = new RefinedPoint("gain", 2.0, new TreeMap<>(Map.of("group", "window")));
        assertEquals(0, new RefinedSweep(spec(), List.of(gone)).extraTrials().size());
    }

    @Test
    void aMalformedRecordIsAnError() throws IOException {
        OutputLayout layout = new OutputLayout(dir);
        Files.createDirectories(RefinementRecord.file(layout, "rec").getParent());
        Files.writeString(RefinementRecord.file(layout, "rec"), "{\"sweep\": \"other\", \"points\": []}");
        assertThrows(IOException.class, () -> RefinementRecord.read(layout, "rec"));
    }
}
