package org.rfsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
    @Test
    void alignsNumbersRightAndTextLeft() {
        TextTable t = new TextTable(List.of("name", "n", "note"), new boolean[] {false, true, false});
        t.add(List.of("a", "1", "x"));
        t.add(List.of("long name", "1234", "y"));
        assertEquals(List.of(
                "name          n  note",
                "---------  ----  ----",
                "a             1  x",
                "long name  1234  y"), t.aligned());
        assertThrows(IllegalArgumentException.class, () -> t.add(List.of("too few")));
    }

    @Test
    void csvQuotesOnlyWhatNeedsIt() {
        TextTable t = new TextTable(List.of("a", "b"), new boolean[] {false, false});
        t.add(List.of("plain", "has,comma"));
        t.add(List.of("say \"hi\"", "line\nbreak"));
        assertEquals(List.of("a,b", "plain,\"has,comma\"", "\"say \"\"hi\"\"\",\"line\nbreak\""), t.csv());
    }

    @Test
    void numbersAreCompactInTablesAndExactInCsv() {
        assertEquals("0.333333", SparkRowText.number(1 / 3.0, true));
        assertEquals("0.3333333333333333", SparkRowText.number(1 / 3.0, false));
        assertEquals("2", SparkRowText.number(2.0, true));
        assertEquals("1.50000e-07", SparkRowText.number(1.5e-7, true));
        assertEquals("NaN", SparkRowText.number(Double.NaN, true));
        assertEquals("[1, 0.5, null]", SparkRowText.cell(java.util.Arrays.asList(1.0, 0.5, null), true));
    }
}
