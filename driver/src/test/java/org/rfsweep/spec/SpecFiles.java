package org.rfsweep.spec;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test specs under {@code src/test/resources/specs}. */
final class SpecFiles {
    private SpecFiles() {
    }

    static Path valid(String name) {
        return resource("/specs/valid/" + name);
    }

    static Path resource(String path) {
        try {
            return Path.of(SpecFiles.class.getResource(path).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + path, e);
        }
    }
}
