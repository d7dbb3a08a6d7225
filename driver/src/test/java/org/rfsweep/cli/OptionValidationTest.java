package org.rfsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every option and path of every command is checked before anything is created (issue 15,
 * item 5): a bad one is exit 2, exactly one line on stderr naming it, nothing on stdout, and
 * nothing new in the temp directory or the working directory. In the arguments, {@code SPEC} is a
 * valid spec, {@code FILE} a regular file, {@code DANGLING} a symbolic link to a missing path,
 * {@code FIFO} a named pipe called {@code fifo.yaml}, {@code OUT} a directory that does not exist,
 * {@code ROOT} a results root (it has a runs table). The one line starts with the command's name:
 * every command's input errors go through one handler ({@link Main}).
 */
class OptionValidationTest {
    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException, InterruptedException {
        Files.writeString(dir.resolve("spec.yaml"), String.join("\n", "name: options", "kernel: test-kernel",
                "grid:", "  x: [0.5, 2]", "  seed: [0, 1]", ""));
        Files.writeString(dir.resolve("file"), "not a directory\n");
        Files.createDirectories(dir.resolve("root").resolve("runs"));
        Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("missing"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("fifo.yaml").toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
    }

    static Stream<List<String>> badCommandLines() {
        return Stream.of(
                // run: output paths, master, numbers, spec paths
                List.of("--out: the path is empty", "run", "SPEC", "--out", ""),
                List.of("--out: FILE is a regular file, not a directory", "run", "SPEC", "--out", "FILE"),
                List.of("--out: DANGLING is a symbolic link to ", "run", "SPEC", "--out", "DANGLING"),
                List.of("--out: cannot create FILE/sub: ", "run", "SPEC", "--out", "FILE/sub"),
                // output roots as URIs: a Hadoop filesystem that cannot be opened says why, before anything
                // is created; s3:// is named with its S3A spelling; unknown schemes are refused too
                List.of("'s3://bucket/prefix': s3: is not a filesystem rfsweep writes to", "run", "SPEC",
                        "--out", "s3://bucket/prefix"),
                List.of("(for S3: s3a://bucket/prefix)", "status", "--out", "s3://bucket/prefix"),
                List.of("'s3a:///prefix': cannot open the s3a filesystem: ", "status", "--out", "s3a:///prefix"),
                List.of("'nosuch://x/y': unknown filesystem scheme 'nosuch:'", "run", "SPEC", "--out", "nosuch://x/y"),
                List.of("'file://otherhost/x': a file: URI names a local path", "sql", "--out", "file://otherhost/x",
                        "SELECT 1"),
                List.of("--out: FILE is a regular file", "run", "SPEC", "--out", "file://FILE"),
                List.of("'gs://b/r': cannot open the gs filesystem: ", "report", "options", "--results",
                        "gs://b/r", "--out", "OUT"),
                List.of("'local[0]' is not a Spark master URL: the number of threads must be from 1", "run", "SPEC",
                        "--out", "OUT", "--master", "local[0]"),
                List.of("'local[*,0]' is not a Spark master URL: the number of task failures", "run", "SPEC",
                        "--out", "OUT", "--master", "local[*,0]"),
                List.of("'local[4294967297]' is not a Spark master URL", "run", "SPEC", "--out", "OUT",
                        "--master", "local[4294967297]"),
                List.of("'local-cluster[0,1,1024]' is not a Spark master URL: the number of workers", "run", "SPEC",
                        "--out", "OUT", "--master", "local-cluster[0,1,1024]"),
                List.of("'local-cluster[2,1,0]' is not a Spark master URL: the number of MiB", "run", "SPEC",
                        "--out", "OUT", "--master", "local-cluster[2,1,0]"),
                List.of("'spark://h:70000' is not a Spark master URL: a port is from 1 to 65535", "run", "SPEC",
                        "--out", "OUT", "--master", "spark://h:70000"),
                List.of("'spark://h1:7077,' is not a Spark master URL: spark:// needs HOST:PORT", "run", "SPEC",
                        "--out", "OUT", "--master", "spark://h1:7077,"),
                List.of("'k8s://https://h:0' is not a Spark master URL: a port is from 1", "run", "SPEC",
                        "--out", "OUT", "--master", "k8s://https://h:0"),
                List.of("'k8s://' is not a Spark master URL: k8s:// needs the API server", "run", "SPEC",
                        "--out", "OUT", "--master", "k8s://"),
                List.of("'--progress-seconds': must be a positive, finite number of seconds, got -1", "run", "SPEC",
                        "--out", "OUT", "--progress-seconds", "-1"),
                List.of("'--progress-seconds': must be a positive, finite number of seconds, got 0", "run", "SPEC",
                        "--out", "OUT", "--progress-seconds", "0"),
                List.of("'--progress-seconds': must be a positive, finite number of seconds, got Infinity", "run",
                        "SPEC", "--out", "OUT", "--progress-seconds", "Infinity"),
                List.of("'--progress-seconds': must be a positive, finite number of seconds, got NaN", "run", "SPEC",
                        "--out", "OUT", "--progress-seconds", "NaN"),
                List.of("invalid spec: FIFO is not a regular file (a device, ", "run", "FIFO", "--out", "OUT"),
                List.of("invalid spec: /dev/zero is not a regular file", "run", "/dev/zero", "--out", "OUT"),
                List.of("invalid spec: DIR is a directory, not a spec file", "run", "DIR", "--out", "OUT"),
                List.of("invalid spec: spec file not found: DANGLING (a symbolic link to a path that does not exist)",
                        "run", "DANGLING", "--out", "OUT"),
                // plan, validate, status
                List.of("rfsweep run: --max-trials: must be at least 1, got 0", "run", "SPEC", "--out", "OUT",
                        "--max-trials", "0"),
                List.of("'--slots': must be at least 1, got 0", "plan", "SPEC", "--out", "OUT", "--slots", "0"),
                List.of("rfsweep plan: --out: FILE is a regular file", "plan", "SPEC", "--out", "FILE"),
                List.of("invalid spec: FIFO is not a regular file", "plan", "FIFO"),
                List.of("invalid spec: FIFO is not a regular file", "validate", "FIFO"),
                List.of("invalid spec: /dev/zero is not a regular file", "validate", "/dev/zero"),
                List.of("rfsweep status: --out: FILE is a regular file", "status", "--out", "FILE"),
                List.of("rfsweep status: --out: DANGLING is a symbolic link", "status", "--out", "DANGLING"),
                List.of("rfsweep status: --out: the path is empty", "status", "--out", ""),
                List.of("invalid spec: FIFO is not a regular file", "status", "--out", "OUT", "FIFO"),
                // sql
                List.of("'--limit': must be at least 0, got -1", "sql", "--out", "OUT", "--limit", "-1", "SELECT 1"),
                List.of("rfsweep sql: --out: FILE is a regular file", "sql", "--out", "FILE", "SELECT 1"),
                List.of("'local[0]' is not a Spark master URL", "sql", "--out", "OUT", "--master", "local[0]", "SELECT 1"),
                List.of("rfsweep sql: invalid query: sql is read-only", "sql", "--out", "OUT", "DROP TABLE runs"),
                // refine
                List.of("rfsweep refine: --out: FILE is a regular file", "refine", "SPEC", "--out", "FILE", "--level", "0.5"),
                List.of("'--progress-seconds': must be a positive", "refine", "SPEC", "--out", "OUT", "--level", "0.5",
                        "--progress-seconds", "-1"),
                List.of("--tolerance: must be a positive width", "refine", "SPEC", "--out", "OUT", "--level", "0.5",
                        "--axis", "x", "--tolerance", "0"),
                List.of("rfsweep refine: --budget: must be at least 1, got 0", "refine", "SPEC", "--out", "OUT",
                        "--level", "0.5", "--axis", "x", "--budget", "0"),
                // plot and report: --out the results root, as everywhere; --dir where they write
                List.of("rfsweep plot: --dir: the path is empty", "plot", "options", "--kind", "phase", "--out", "OUT",
                        "--dir", ""),
                List.of("rfsweep plot: --dir: FILE is a regular file", "plot", "options", "--kind", "phase", "--dir", "FILE"),
                List.of("rfsweep plot: --out: FILE is a regular file", "plot", "options", "--kind", "phase",
                        "--out", "FILE", "--dir", "OUT"),
                List.of("rfsweep plot: --level: must lie strictly between 0 and 1, got 1.5", "plot", "options",
                        "--kind", "phase", "--dir", "OUT", "--level", "1.5"),
                List.of("'local[0]' is not a Spark master URL", "plot", "options", "--kind", "phase", "--dir", "OUT",
                        "--master", "local[0]"),
                List.of("rfsweep report: --dir: DANGLING is a symbolic link", "report", "options", "--dir", "DANGLING"),
                List.of("rfsweep report: --out: DANGLING is a symbolic link", "report", "options",
                        "--out", "DANGLING", "--dir", "OUT"),
                List.of("rfsweep report: --dir: missing: give the directory to write, e.g. --dir report", "report",
                        "options"),
                // the old spelling (--out the directory written) never writes among the tables of a results root
                List.of("rfsweep plot: --dir: missing: ROOT holds result tables, so --out is the results root; give "
                        + "the directory to write with --dir", "plot", "options", "--kind", "phase", "--out", "ROOT"),
                List.of("rfsweep report: --results: is the old name of --out; give only one of them", "report",
                        "options", "--results", "ROOT", "--out", "OUT", "--dir", "OUT"),
                List.of("invalid spec: FIFO is not a regular file", "report", "FIFO", "--dir", "OUT"),
                // kernels
                List.of("rfsweep kernels: unknown kernel 'twolayer'", "kernels", "twolayer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommandLines")
    void refusedWithOneLineBeforeAnythingIsCreated(List<String> testCase) throws IOException {
        List<String> args = new ArrayList<>();
        for (String a : testCase.subList(1, testCase.size())) {
            args.add(substitute(a));
        }
        List<Path> before = listing(dir);
        List<Path> cwdBefore = listing(Path.of(""));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        String expected = substitute(testCase.get(0));
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), "one line: " + run.err());
        assertTrue(run.err().startsWith("rfsweep " + args.get(0) + ": "), "names the command first: " + run.err());
        assertTrue(run.err().contains(expected), "expected '" + expected + "' in: " + run.err());
        assertEquals("", run.out());
        assertEquals(before, listing(dir), "nothing created");
        assertEquals(cwdBefore, listing(Path.of("")), "nothing created in the working directory");
    }

    /** A new command gets its cases here: every one's bad input is checked above. */
    @Test
    void everyCommandHasABadCommandLineAbove() {
        Set<String> covered = badCommandLines().map(c -> c.get(1)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(new CommandLine(new Main()).getSubcommands().keySet()), covered);
    }

    /**
     * An output on a read-only filesystem: a tmpfs mounted read-only (root only; skipped with a
     * message elsewhere, since a plain directory cannot be made unwritable for root).
     */
    @Test
    void anOutputOnAReadOnlyFilesystemIsRefused() throws IOException, InterruptedException {
        Path mount = Files.createDirectory(dir.resolve("ro"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", mount.toString()) == 0,
                "skipped: cannot mount a read-only tmpfs here (needs root and mount rights)");
        try {
            CliRun run = CliRun.of("run", dir.resolve("spec.yaml").toString(), "--out", mount.resolve("out").toString());
            assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
            assertEquals("rfsweep run: --out: cannot write into " + mount
                    + " (permission denied or a read-only filesystem); choose another directory\n", run.err());
        } finally {
            assertEquals(0, run("umount", mount.toString()), "umount " + mount);
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }

    private String substitute(String arg) {
        return arg.replace("ROOT", dir.resolve("root").toString())
                .replace("SPEC", dir.resolve("spec.yaml").toString())
                .replace("FILE", dir.resolve("file").toString())
                .replace("DANGLING", dir.resolve("dangling").toString())
                .replace("FIFO", dir.resolve("fifo.yaml").toString())
                .replace("OUT", dir.resolve("out").toString())
                .replace("DIR", dir.toString());
    }

    private static List<Path> listing(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root.toAbsolutePath())) {
            return s.sorted().toList();
        }
    }
}
