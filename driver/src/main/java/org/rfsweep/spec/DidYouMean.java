package org.rfsweep.spec;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Suggests the known name closest to a misspelt one: Levenshtein distance at most 2 (compared
 * case-insensitively), and shorter than the word itself so that two-letter names do not match
 * everything. Ties go to the first candidate, so suggestions follow the schema's order.
 */
public final class DidYouMean {
    private static final int MAX_DISTANCE = 2;
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(MAX_DISTANCE);

    private DidYouMean() {
    }

    public static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        int limit = Math.min(MAX_DISTANCE, lower.length() - 1);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = LEVENSHTEIN.apply(lower, candidate.toLowerCase(Locale.ROOT));
            if (d >= 0 && d <= limit && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code "; known kernels: a, b"}, or a note that there are none. */
    public static String knownList(String what, Collection<String> names) {
        return names.isEmpty() ? "; no " + what + " are on the classpath" : "; known " + what + ": " + String.join(", ", names);
    }

    /** {@code "; did you mean 'gain'?"}, or {@code otherwise} when nothing is close. */
    public static String hint(String word, Collection<String> candidates, String otherwise) {
        return closest(word, candidates).map(c -> "; did you mean '" + c + "'?").orElse(otherwise);
    }
}
