package org.rfsweep.plan;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Objects;
import org.rfsweep.kernel.TrialSpec;

/**
 * A unit of Spark work and of commit: several trials whose rows are written and committed
 * together. Its id is a hash of its trial ids, so the same set of trials always has the same
 * id and a retried task overwrites, rather than duplicates, its files.
 *
 * @param id     16 hex digits of SHA-256 over the sorted trial ids
 * @param trials the trials, in execution order
 * @param cost   summed estimated cost ({@code Kernel.estimateCost})
 */
public record Chunk(String id, List<TrialSpec> trials, double cost) implements Serializable {

    public Chunk {
        Objects.requireNonNull(id, "id");
        trials = List.copyOf(trials);
    }

    /** A chunk of {@code trials} with its content-derived id. */
    public static Chunk of(List<TrialSpec> trials, double cost) {
        return new Chunk(idOf(trials), trials, cost);
    }

    /** The chunk id: independent of the order of {@code trials}. */
    public static String idOf(List<TrialSpec> trials) {
        List<String> ids = trials.stream().map(TrialSpec::trialId).sorted().toList();
        byte[] digest = sha256(String.join(",", ids).getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder(16);
        for (int i = 0; i < 8; i++) {
            hex.append(Character.forDigit((digest[i] >> 4) & 0xf, 16)).append(Character.forDigit(digest[i] & 0xf, 16));
        }
        return hex.toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM must provide SHA-256", e);
        }
    }
}
