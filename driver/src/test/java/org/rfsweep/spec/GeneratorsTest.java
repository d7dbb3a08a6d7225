package org.rfsweep.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

    private static List<Object> expand(String yaml) throws InvalidSpecException {
        JsonNode node = YamlReader.read(yaml);
        return Generators.expand(node, "grid.x", 1_000_000);
    }

    @Test
    void rangeIsHalfOpenAndWholeWhenItsArgumentsAre() throws InvalidSpecException {
        assertEquals(List.of(0L, 1L, 2L, 3L), expand("range: [0, 4]"));
        assertEquals(List.of(1L, 4L, 7L), expand("range: [1, 10, 3]"));
        assertEquals(List.of(1L, 4L, 7L), expand("range: [1, 8, 3]"), "b = 10 - 2 is still excluded");
        assertEquals(List.of(5L, 3L, 1L), expand("range: [5, 0, -2]"));
        assertEquals(List.of(0L), expand("range: [0, 1]"));
    }

    @Test
    void rangeWithFractionsMatchesPythonsArange() throws InvalidSpecException {
        // numpy.arange(0, 1, 0.25) and numpy.arange(0, 0.3, 0.1) (the latter has 3 points since 0.3/0.1 < 3)
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75), expand("range: [0, 1, 0.25]"));
        assertEquals(List.of(0.0, 0.1, 0.2), expand("range: [0, 0.3, 0.1]"));
        assertEquals(List.of(0.5, 1.5), expand("range: [0.5, 2]"));
    }

    @Test
    void linspaceIncludesBothEndsAndGivesTheDecimalValues() throws InvalidSpecException {
        assertEquals(List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0), expand("linspace: [0, 1, 11]"));
        assertEquals(List.of(1.0, 1.5, 2.0), expand("linspace: [1, 2, 3]"));
        assertEquals(List.of(2.0), expand("linspace: [2, 5, 1]"));
        assertEquals(List.of(0.1, 0.2), expand("linspace: [0.1, 0.2, 2]"));
    }

    @Test
    void logspaceUsesBaseTenExponents() throws InvalidSpecException {
        assertEquals(List.of(0.01, 0.1, 1.0, 10.0), expand("logspace: [-2, 1, 4]"));
        List<Object> half = expand("logspace: [0, 1, 3]");
        assertEquals(1.0, half.get(0));
        assertEquals(Math.sqrt(10), (Double) half.get(1), 1e-15);
        assertEquals(10.0, half.get(2));
    }

    @Test
    void badGeneratorsNameTheirField() {
        assertField("grid.x.range[2]", "range: [0, 4, 0]");
        assertField("grid.x.range", "range: [4, 4]");
        assertField("grid.x.linspace[2]", "linspace: [0, 1, -3]");
        assertField("grid.x.logspace", "logspace: [0, 1, 2, 3]");
        assertField("grid.x.range[0]", "range: [true, 3]");
        assertField("grid.x.range", "range: [0, 2000000]");
        assertField("grid.x.lnspace", "lnspace: [0, 1, 3]");
    }

    private static void assertField(String field, String yaml) {
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> expand(yaml));
        assertEquals(field, e.field(), e.getMessage());
    }
}
