package org.rfsweep.spark;

import java.nio.file.Path;

/**
 * Paths for Spark's readers, which treat their argument as a Hadoop glob: an output root such as
 * {@code results[1]} would otherwise match nothing. Glob metacharacters are escaped with a
 * backslash, which Hadoop's glob syntax reads as "this character, literally".
 */
public final class SparkPaths {
    private static final String GLOB_CHARS = "\\{}[]*?";

    private SparkPaths() {
    }

    /** The path as a glob that matches exactly itself. */
    public static String literal(Path path) {
        String text = path.toString();
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GLOB_CHARS.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
