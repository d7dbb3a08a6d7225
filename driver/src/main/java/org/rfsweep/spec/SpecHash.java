package org.rfsweep.spec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The spec hash: SHA-256 (64 hex digits) of a canonical text of what the spec runs, not of the
 * file. The text is
 * <pre>
 * rfsweep-spec/1
 * name=NAME
 * kernel=KERNEL|VERSION
 * base=p=v;q=w;...        every parameter that no axis sets, fixed or defaulted, sorted by name
 * axis=gain:0.01|0.1|1     one line per axis, in spec order, its points in order
 * axis=lr,time:(0.05, 1000)|(0.1, 500)
 * </pre>
 * with values in {@link Canonical} form. So comments, whitespace, key order inside {@code fixed},
 * quoting, number spelling ({@code 1e-2} or {@code 0.01}), a generator versus the list it expands
 * to, writing a default explicitly, and the free-text {@code description} leave the hash unchanged;
 * the name, the kernel or its version, any value, and the order of the axes or of their values
 * (which fixes the trial order) change it.
 */
final class SpecHash {
    private SpecHash() {
    }

    static String of(GridSweepSpec spec) {
        return hex(canonicalText(spec));
    }

    static String canonicalText(GridSweepSpec spec) {
        StringBuilder text = new StringBuilder("rfsweep-spec/1\n");
        text.append("name=").append(spec.name()).append('\n');
        text.append("kernel=").append(spec.kernel().name()).append('|').append(spec.kernel().version()).append('\n');
        Set<String> swept = new HashSet<>(spec.sweptParameters());
        StringJoiner base = new StringJoiner(";");
        for (Map.Entry<String, Object> e : spec.baseParams().asMap().entrySet()) {
            if (!swept.contains(e.getKey())) {
                base.add(e.getKey() + "=" + Canonical.value(e.getValue()));
            }
        }
        text.append("base=").append(base).append('\n');
        for (Axis axis : spec.axes()) {
            StringJoiner points = new StringJoiner("|");
            for (List<Object> point : axis.points()) {
                points.add(Canonical.point(point));
            }
            text.append("axis=").append(String.join(",", axis.parameters())).append(':').append(points).append('\n');
        }
        return text.toString();
    }

    private static String hex(String text) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM must provide SHA-256", e);
        }
        StringBuilder hex = new StringBuilder(64);
        for (byte b : digest) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
    }
}
