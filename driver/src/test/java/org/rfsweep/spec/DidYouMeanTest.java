package org.rfsweep.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
    private static final List<String> NAMES = List.of("gain", "width", "lr", "xi", "seed", "time", "size");

    @Test
    void suggestsTheClosestNameWithinTwoEdits() {
        assertEquals(Optional.of("gain"), DidYouMean.closest("gian", NAMES));
        assertEquals(Optional.of("gain"), DidYouMean.closest("Gain", NAMES));
        assertEquals(Optional.of("width"), DidYouMean.closest("widht", NAMES));
        assertEquals(Optional.of("seed"), DidYouMean.closest("seeds", NAMES));
        assertEquals(Optional.of("lr"), DidYouMean.closest("lrr", NAMES));
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertEquals(Optional.empty(), DidYouMean.closest("learning_rate", NAMES));
        assertEquals(Optional.empty(), DidYouMean.closest("a", NAMES), "one letter is no evidence");
        assertEquals(Optional.empty(), DidYouMean.closest("tmperature", NAMES));
    }

    @Test
    void tiesGoToTheFirstCandidate() {
        assertEquals(Optional.of("time"), DidYouMean.closest("tize", NAMES));
    }
}
