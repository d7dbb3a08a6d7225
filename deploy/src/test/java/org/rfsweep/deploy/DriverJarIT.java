package org.rfsweep.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spark-submit jar (target/rfsweep-spark.jar): what it bundles, what it leaves to the
 * cluster's Spark installation, and that the container images are pinned to the same Spark.
 */
class DriverJarIT {
    private static final Path JAR = Scripts.DEPLOY_DIR.resolve("target/rfsweep-spark.jar");
    private static final String KERNEL_SERVICE = "META-INF/services/org.rfsweep.kernel.Kernel";
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|DSA|RSA|EC)");
    /** Packages the cluster provides; a second copy in the jar could shadow the cluster's. */
    private static final List<String> PROVIDED = List.of("org/apache/spark/", "scala/", "org/apache/hadoop/",
            "com/fasterxml/jackson/core/", "com/fasterxml/jackson/databind/", "org/apache/commons/math3/");

    private static Set<String> entries;

    @BeforeAll
    static void readJar() throws IOException {
        entries = entryNames(JAR);
    }

    @Test
    void bundlesTheDriverKernelsAndTheirLibraries() {
        for (String cls : List.of("org/rfsweep/cli/Main.class", "org/rfsweep/kernel/Kernel.class",
                "picocli/CommandLine.class", "com/fasterxml/jackson/dataformat/yaml/YAMLFactory.class",
                "org/yaml/snakeyaml/Yaml.class")) {
            assertTrue(entries.contains(cls), cls + " is missing from " + JAR);
        }
    }

    @Test
    void leavesSparkScalaHadoopAndJacksonToTheCluster() {
        for (String e : entries) {
            for (String pkg : PROVIDED) {
                assertFalse(e.startsWith(pkg), e + " is bundled but provided by Spark");
            }
        }
    }

    @Test
    void hasNoSignatureFiles() {
        for (String e : entries) {
            assertFalse(SIGNATURE.matcher(e).matches(), "signature file " + e + " would invalidate the merged jar");
        }
    }

    @Test
    void hasNoClassThatTheSparkClasspathAlsoHas() throws IOException {
        Set<String> classes = new HashSet<>();
        for (String e : entries) {
            if (e.endsWith(".class") && !e.startsWith("META-INF/")) {
                classes.add(e);
            }
        }
        for (Path sparkJar : sparkClasspath()) {
            for (String e : entryNames(sparkJar)) {
                assertFalse(classes.contains(e), e + " is both in the jar and in " + sparkJar.getFileName());
            }
        }
    }

    @Test
    void mergesTheKernelServiceFilesOfEveryModule() throws IOException {
        Set<String> expected = new TreeSet<>();
        Enumeration<URL> all = getClass().getClassLoader().getResources(KERNEL_SERVICE);
        while (all.hasMoreElements()) {
            try (InputStream in = all.nextElement().openStream()) {
                expected.addAll(providers(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        assertFalse(expected.isEmpty(), "no module declares a kernel");
        try (JarFile jar = new JarFile(JAR.toFile())) {
            JarEntry service = jar.getJarEntry(KERNEL_SERVICE);
            assertTrue(service != null, KERNEL_SERVICE + " is missing");
            try (InputStream in = jar.getInputStream(service)) {
                assertEquals(expected, providers(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
    }

    /** The kernels load from the jar plus the Spark classpath alone, as on an executor. */
    @Test
    void kernelsLoadFromTheJarAndTheSparkClasspathAlone() throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(JAR.toUri().toURL());
        for (Path p : sparkClasspath()) {
            urls.add(p.toUri().toURL());
        }
        try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> kernels = Class.forName("org.rfsweep.kernel.Kernels", true, isolated);
            Method require = kernels.getMethod("require", String.class);
            Object kernel = require.invoke(null, "twolayer-sgd");
            assertEquals(isolated, kernel.getClass().getClassLoader(), "the kernel came from the jar");
        }
    }

    @Test
    void manifestNamesTheMainClassAndTheSparkItWasBuiltFor() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            Manifest m = jar.getManifest();
            assertEquals("org.rfsweep.cli.Main", m.getMainAttributes().getValue("Main-Class"));
            assertEquals(sparkVersion(), m.getMainAttributes().getValue("Spark-Version"));
        }
    }

    /** The Kubernetes and YARN images start FROM the official image of the very Spark built against. */
    @Test
    void containerImagesArePinnedToTheSameSpark() throws IOException {
        String tag = "apache/spark:" + sparkVersion() + "-scala2.13-java17-ubuntu";
        for (String dockerfile : List.of("k8s/Dockerfile", "yarn/Dockerfile")) {
            String text = Files.readString(Scripts.DEPLOY_DIR.resolve(dockerfile), StandardCharsets.UTF_8);
            Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(text);
            assertTrue(from.find(), dockerfile + " has no FROM line");
            assertEquals(tag, from.group(1), dockerfile);
        }
    }

    private static String sparkVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = DriverJarIT.class.getResourceAsStream(
                "/META-INF/maven/org.apache.spark/spark-core_2.13/pom.properties")) {
            p.load(in);
        }
        return p.getProperty("version");
    }

    private static List<Path> sparkClasspath() throws IOException {
        String cp = Files.readString(Scripts.DEPLOY_DIR.resolve("target/spark-classpath.txt"), StandardCharsets.UTF_8);
        List<Path> jars = new ArrayList<>();
        for (String s : cp.trim().split(java.io.File.pathSeparator)) {
            jars.add(Path.of(s));
        }
        assertTrue(jars.size() > 50, "the Spark classpath looks truncated: " + jars.size() + " entries");
        return jars;
    }

    private static Set<String> entryNames(Path jarPath) throws IOException {
        Set<String> names = new HashSet<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            jar.stream().forEach(e -> names.add(e.getName()));
        }
        return names;
    }

    private static Set<String> providers(String serviceFile) {
        Set<String> names = new TreeSet<>();
        for (String line : serviceFile.split("\n")) {
            String s = line.replaceAll("#.*", "").trim();
            if (!s.isEmpty()) {
                names.add(s);
            }
        }
        return names;
    }
}
