package org.rfsweep.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a spec path must be before it is opened: an existing, readable regular file of sensible
 * size. Checked from the file's metadata only, so a FIFO (whose open blocks until a writer comes),
 * a device such as {@code /dev/zero} (endless) or a directory is refused without reading a byte.
 */
final class SpecFile {
    /** Specs are a few hundred bytes; anything this large is the wrong file. */
    static final long MAX_BYTES = 1 << 20;

    private SpecFile() {
    }

    static void check(Path file) throws InvalidSpecException {
        if (file.toString().isBlank()) {
            throw new InvalidSpecException("", "the spec path is empty; give a YAML file, e.g. sweeps/quickstart.yaml");
        }
        if (!Files.exists(file)) {
            throw new InvalidSpecException("", "spec file not found: " + file
                    + (Files.isSymbolicLink(file) ? " (a symbolic link to a path that does not exist)" : ""));
        }
        if (Files.isDirectory(file)) {
            throw new InvalidSpecException("", file + " is a directory, not a spec file; give a YAML file in it");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidSpecException("", file + " is not a regular file (a device, FIFO or socket); "
                    + "give a YAML file");
        }
        if (!Files.isReadable(file)) {
            throw new InvalidSpecException("", "cannot read spec file " + file + " (permission denied)");
        }
        long size = size(file);
        if (size > MAX_BYTES) {
            throw new InvalidSpecException("", String.format(Locale.ROOT,
                    "%s is %d bytes; a spec file is at most %d bytes (1 MiB): is it the right file?", file, size, MAX_BYTES));
        }
    }

    private static long size(Path file) throws InvalidSpecException {
        try {
            return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).size();
        } catch (IOException e) {
            throw new InvalidSpecException("", "cannot read spec file " + file + ": " + e.getMessage(), e);
        }
    }
}
