package org.rfsweep.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of UTF-8 text: the one hash behind trial ids, spec hashes and stream seeds. */
public final class Sha256 {
    private Sha256() {
    }

    /** The 32-byte digest of {@code text} encoded as UTF-8. */
    public static byte[] digest(String text) {
        return DIGEST.get().digest(text.getBytes(StandardCharsets.UTF_8)); // digest() also resets it
    }

    /**
     * One digest per thread: the provider lookup of {@code getInstance} cost as much as hashing a
     * trial's canonical form, and a plan hashes millions of them.
     */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM must provide SHA-256", e);
        }
    });

    /** The first {@code bytes} bytes of the digest of {@code text}, as lower-case hex. */
    public static String hex(String text, int bytes) {
        byte[] d = digest(text);
        StringBuilder hex = new StringBuilder(2 * bytes);
        for (int i = 0; i < bytes; i++) {
            hex.append(Character.forDigit((d[i] >> 4) & 0xf, 16)).append(Character.forDigit(d[i] & 0xf, 16));
        }
        return hex.toString();
    }
}
