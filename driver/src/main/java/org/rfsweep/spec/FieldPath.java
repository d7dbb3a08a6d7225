package org.rfsweep.spec;

/** Spec field paths as the user reads them: {@code grid.gain[2]}, {@code zip[0].lr}. */
final class FieldPath {
    private FieldPath() {
    }

    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    /**
     * Converts a JSON pointer ({@code /grid/gain/2}) into a field path ({@code grid.gain[2]}).
     * Numeric segments are taken as list indices: parameter and key names never start with a digit.
     */
    static String fromPointer(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String key = segment.replace("~1", "/").replace("~0", "~");
            if (key.chars().allMatch(Character::isDigit)) {
                path.append('[').append(key).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(key);
            }
        }
        return path.toString();
    }
}
