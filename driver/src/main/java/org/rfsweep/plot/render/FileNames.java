package org.rfsweep.plot.render;

/** Figure file names from labels such as {@code gain=3.162, inputs=nlgp}: safe on every filesystem. */
final class FileNames {
    private FileNames() {
    }

    static String of(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append("__");
            }
            sb.append(p.replace(", ", "_").replaceAll("[^A-Za-z0-9._=+-]", "-"));
        }
        return sb + ".png";
    }
}
