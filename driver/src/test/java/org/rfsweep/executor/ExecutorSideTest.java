package org.rfsweep.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The side split, from the sources: what runs inside a Spark task ({@code org.rfsweep.executor})
 * reaches, through the classes it references and theirs, neither the driver's orchestration
 * ({@code cli}, {@code plan}, {@code run}, {@code refine}, {@code plot}, {@code report}) nor Spark
 * ({@code org.rfsweep.spark}, {@code org.apache.spark}). The driver may use the executor package,
 * never the reverse. References are imports, qualified names in code and, within a package, the
 * simple names of its other classes; comments do not count.
 */
class ExecutorSideTest {
    private static final Path MAIN = Path.of("src", "main", "java");
    private static final String EXECUTOR = "org.rfsweep.executor";
    private static final Set<String> DRIVER_ONLY = Set.of("org.rfsweep.cli", "org.rfsweep.plan", "org.rfsweep.run",
            "org.rfsweep.refine", "org.rfsweep.plot", "org.rfsweep.report", "org.rfsweep.spark");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\b((?:org\\.rfsweep|org\\.apache\\.spark)(?:\\.[a-z]\\w*)*)\\.([A-Z]\\w*)");
    private static final Pattern SPARK = Pattern.compile("\\borg\\.apache\\.spark\\b[\\w.]*");

    @Test
    void executorReachesNoDriverOrchestrationNorSpark() throws IOException {
        Map<String, String> sources = mainSources();
        assertTrue(sources.keySet().stream().anyMatch(c -> c.equals(EXECUTOR + ".ChunkTask")),
                "the sources were found: " + MAIN.toAbsolutePath());
        assertEquals(List.of(), violations(sources));
    }

    /** The check can fail: a direct import, a qualified name, a path through a shared package, Spark. */
    @Test
    void theCheckFindsEachKindOfCrossing() {
        Map<String, String> ok = new HashMap<>();
        ok.put(EXECUTOR + ".Task", "package org.rfsweep.executor;\nimport org.rfsweep.table.Rows;\n"
                + "/** uses {@link org.rfsweep.plan.Planner} in a comment only */ final class Task { Rows r; Chunk c; }");
        ok.put(EXECUTOR + ".Chunk", "package org.rfsweep.executor;\nrecord Chunk(String id) {}");
        ok.put("org.rfsweep.table.Rows", "package org.rfsweep.table;\nfinal class Rows { Layout l; }");
        ok.put("org.rfsweep.table.Layout", "package org.rfsweep.table;\nfinal class Layout {} // Plan");
        ok.put("org.rfsweep.plan.Planner", "package org.rfsweep.plan;\nimport org.rfsweep.executor.Chunk;\n"
                + "final class Planner { Chunk c; }");
        assertEquals(List.of(), violations(ok), "the driver may use the executor; comments do not count");

        Map<String, String> imported = new HashMap<>(ok);
        imported.put(EXECUTOR + ".Chunk", "package org.rfsweep.executor;\nimport org.rfsweep.plan.Planner;\n"
                + "record Chunk(String id) {}");
        assertEquals(List.of("org.rfsweep.executor.Chunk -> org.rfsweep.plan.Planner"), violations(imported));

        Map<String, String> qualified = new HashMap<>(ok);
        qualified.put(EXECUTOR + ".Chunk", "package org.rfsweep.executor;\n"
                + "record Chunk(String id) { static int n() { return org.rfsweep.plan.Planner.N; } }");
        assertEquals(List.of("org.rfsweep.executor.Chunk -> org.rfsweep.plan.Planner"), violations(qualified));

        Map<String, String> through = new HashMap<>(ok);
        through.put("org.rfsweep.table.Layout", "package org.rfsweep.table;\nimport org.rfsweep.cli.Main;\n"
                + "final class Layout { Main m; }");
        assertEquals(List.of("org.rfsweep.executor.Task -> org.rfsweep.table.Rows -> org.rfsweep.table.Layout "
                + "-> org.rfsweep.cli.Main"), violations(through));

        Map<String, String> spark = new HashMap<>(ok);
        spark.put("org.rfsweep.table.Layout", "package org.rfsweep.table;\nimport org.apache.spark.sql.Row;\n"
                + "final class Layout { Row r; }");
        List<String> found = violations(spark);
        assertFalse(found.isEmpty());
        assertTrue(found.get(0).endsWith("org.apache.spark.sql.Row"), found.toString());
    }

    /** Each path from an executor class to a forbidden class, the shortest found first, one per target. */
    static List<String> violations(Map<String, String> sources) {
        Map<String, Set<String>> refs = new HashMap<>();
        sources.forEach((cls, src) -> refs.put(cls, references(cls, strip(src), sources.keySet())));
        Map<String, String> via = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String c : new TreeSet<>(sources.keySet())) {
            if (packageOf(c).equals(EXECUTOR)) {
                via.put(c, null);
                queue.add(c);
            }
        }
        Map<String, String> found = new TreeMap<>();
        while (!queue.isEmpty()) {
            String c = queue.poll();
            for (String r : new TreeSet<>(refs.getOrDefault(c, Set.of()))) {
                if (via.containsKey(r)) {
                    continue;
                }
                via.put(r, c);
                if (forbidden(r)) {
                    found.putIfAbsent(r, path(via, r));
                } else {
                    queue.add(r);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static boolean forbidden(String cls) {
        String p = packageOf(cls);
        return SPARK.matcher(cls).lookingAt() || DRIVER_ONLY.stream().anyMatch(d -> p.equals(d) || p.startsWith(d + "."));
    }

    private static String path(Map<String, String> via, String to) {
        List<String> steps = new ArrayList<>();
        for (String c = to; c != null; c = via.get(c)) {
            steps.add(0, c);
        }
        return String.join(" -> ", steps);
    }

    /** Classes {@code cls} names: qualified names (imports included) and its package's other classes by simple name. */
    private static Set<String> references(String cls, String code, Set<String> known) {
        Set<String> out = new TreeSet<>();
        Matcher m = QUALIFIED.matcher(code);
        while (m.find()) {
            out.add(m.group(1) + "." + m.group(2));
        }
        Matcher spark = SPARK.matcher(code); // also what QUALIFIED misses, e.g. a static import of functions.col
        while (spark.find()) {
            out.add(spark.group());
        }
        String pkg = packageOf(cls);
        for (String other : known) {
            if (!other.equals(cls) && packageOf(other).equals(pkg)
                    && Pattern.compile("\\b" + simpleName(other) + "\\b").matcher(code).find()) {
                out.add(other);
            }
        }
        out.remove(cls);
        return out;
    }

    /** The code without comments and without its package line. */
    private static String strip(String src) {
        String code = src.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", "")
                .replaceAll("(?m)\\s//[^\"\\n]*$", "");
        return PACKAGE.matcher(code).replaceAll("");
    }

    private static String packageOf(String cls) {
        int dot = cls.lastIndexOf('.');
        return dot < 0 ? "" : cls.substring(0, dot);
    }

    private static String simpleName(String cls) {
        return cls.substring(cls.lastIndexOf('.') + 1);
    }

    /** Main sources by top-level class name (package-info files left out). */
    private static Map<String, String> mainSources() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = f.getFileName().toString().replace(".java", "");
                if (name.equals("package-info")) {
                    continue;
                }
                String src = Files.readString(f);
                Matcher p = PACKAGE.matcher(src);
                out.put((p.find() ? p.group(1) + "." : "") + name, src);
            }
        }
        return out;
    }
}
