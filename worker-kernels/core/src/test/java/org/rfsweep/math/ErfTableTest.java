package org.rfsweep.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stored erf centre values ({@value Erf#CENTRES_RESOURCE}) are exactly what the 40-digit
 * series gives, bit for bit, so loading them instead of summing the series changes no table
 * entry and hence no trial. Run with {@code -Drfsweep.erf.regenerate=true} to rewrite the
 * resource in the source tree from the series (then this test checks the new file).
 */
class ErfTableTest {
    private static final Path SOURCE = Path.of("src/main/resources/org/rfsweep/math", Erf.CENTRES_RESOURCE);

    @Test
    void storedCentresAreTheSeriesValuesBitForBit() throws IOException {
        double[] series = Erf.centres();
        if (Boolean.getBoolean("rfsweep.erf.regenerate")) {
            List<String> lines = new ArrayList<>();
            lines.add("# erf((k + 1/2)/128) for k = 0 .. 767 (k = 0: erf(0)), from Erf.ReferenceErf (40-digit");
            lines.add("# Maclaurin series); written and checked bit for bit by ErfTableTest. One hex double per line.");
            for (double v : series) {
                lines.add(Double.toHexString(v));
            }
            Files.write(SOURCE, lines, StandardCharsets.US_ASCII);
        }
        double[] stored = Erf.storedCentres();
        assertNotNull(stored, Erf.CENTRES_RESOURCE + " is missing or does not hold " + Erf.CELLS + " values");
        for (int k = 0; k < series.length; k++) {
            assertEquals(Double.doubleToRawLongBits(series[k]), Double.doubleToRawLongBits(stored[k]),
                    "erf(" + Erf.centre(k) + "): stored " + stored[k] + ", series " + series[k]
                            + " (regenerate with -Drfsweep.erf.regenerate=true)");
        }
    }

    @Test
    void theLoadedTableUsesTheStoredValues() {
        // erf at a centre is the row's constant term: d = 0 there, so Erf.erf returns it exactly
        double[] stored = Erf.storedCentres();
        assertNotNull(stored);
        for (int k = 1; k < Erf.CELLS; k += 37) {
            assertEquals(stored[k], Erf.erf(Erf.centre(k)), 0.0, "cell " + k);
        }
    }
}
