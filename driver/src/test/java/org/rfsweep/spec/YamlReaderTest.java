package org.rfsweep.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class YamlReaderTest {

    @Test
    void syntaxErrorsCarryLineAndColumnOnOneLine() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> YamlReader.read("a: 1\nb: [1, 2\nc: 3\n"));
        assertEquals("", e.field());
        assertEquals("line 3, column 2: malformed YAML: expected ',' or ']', but got : (while parsing a flow sequence)",
                e.getMessage());
    }

    @Test
    void duplicateKeysAreNamedWithTheirPathAndPosition() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> YamlReader.read("grid:\n  gain: [1]\n  seed: [1]\n  gain: [2]\n"));
        assertEquals("grid.gain", e.field());
        assertEquals("grid.gain: line 4, column 3: duplicate key; each key may appear once", e.getMessage());
    }

    @Test
    void nonFiniteYamlNumbersAreRefusedWithTheirPath() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> YamlReader.read("zip:\n  - {lr: [0.1, -.inf]}\n"));
        assertEquals("zip[0].lr[1]", e.field());
    }

    @Test
    void summaryKeepsTheProblemAndItsContextWithoutExcerpts() {
        String snake = "while parsing a block mapping\n in 'reader', line 1, column 1:\n    a: 1\n    ^\n"
                + "expected <block end>, but found '-'\n in 'reader', line 2, column 1:\n    - 2\n    ^\n";
        assertEquals("expected <block end>, but found '-' (while parsing a block mapping)", YamlReader.summary(snake));
    }

    @Test
    void fieldPathsReadLikeTheSpec() {
        assertEquals("grid.gain[2]", FieldPath.fromPointer("/grid/gain/2"));
        assertEquals("zip[0].lr", FieldPath.fromPointer("/zip/0/lr"));
        assertEquals("", FieldPath.fromPointer(""));
    }
}
