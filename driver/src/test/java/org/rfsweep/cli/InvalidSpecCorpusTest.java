package org.rfsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed-spec corpus (src/test/resources/specs/invalid): every file starts with
 * {@code # expect: <part of the message>}, and every command that loads a spec must refuse it with
 * exit code 2, exactly that one line on stderr (no stack trace), nothing on stdout and nothing
 * written: the output directory it was given is not even created.
 */
class InvalidSpecCorpusTest {
    private static final String EXPECT = "# expect: ";

    /**
     * The commands that load a spec, as (spec, output directory) to arguments. A command that
     * writes (e.g. {@code run --out DIR}) joins this list with its own line.
     */
    static final List<BiFunction<Path, Path, String[]>> COMMANDS = List.of(
            (spec, out) -> new String[] {"validate", spec.toString()},
            (spec, out) -> new String[] {"run", spec.toString(), "--out", out.toString()},
            (spec, out) -> new String[] {"plan", spec.toString(), "--out", out.toString()});

    @TempDir
    Path temp;

    static Stream<Arguments> corpus() throws IOException {
        Path dir = directory();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> specs = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            return specs.stream().flatMap(spec -> COMMANDS.stream()
                    .map(command -> Arguments.of(spec.getFileName().toString(), command)));
        }
    }

    @ParameterizedTest(name = "{0} [{index}]")
    @MethodSource("corpus")
    void refusedWithOneLineExitTwoAndNothingWritten(String file, BiFunction<Path, Path, String[]> command)
            throws IOException {
        Path spec = directory().resolve(file);
        String expected = expectation(spec);
        Path out = temp.resolve("out");
        CliRun run = CliRun.of(command.apply(spec, out));
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), "exactly one line on stderr: " + run.err());
        assertTrue(run.err().contains(expected), "stderr should contain '" + expected + "' but was: " + run.err());
        assertTrue(run.err().matches("rfsweep [a-z]+: invalid spec: (?s).*"), "the command named first: " + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(out), "the output directory must not be created");
    }

    @Test
    void theCorpusIsLargeAndEveryFileStatesItsExpectation() throws IOException {
        List<Arguments> cases = corpus().toList();
        assertTrue(cases.size() >= 45 * COMMANDS.size(), "corpus size " + cases.size());
        for (Arguments a : cases) {
            assertFalse(expectation(directory().resolve((String) a.get()[0])).isBlank());
        }
    }

    private static String expectation(Path spec) throws IOException {
        String first = Files.readAllLines(spec, StandardCharsets.UTF_8).get(0);
        if (!first.startsWith(EXPECT)) {
            throw new IllegalStateException(spec + " must start with '" + EXPECT + "<message>'");
        }
        return first.substring(EXPECT.length()).strip();
    }

    private static Path directory() {
        try {
            return Path.of(InvalidSpecCorpusTest.class.getResource("/specs/invalid").toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
