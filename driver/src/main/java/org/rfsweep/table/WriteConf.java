package org.rfsweep.table;

import java.io.Serializable;
import java.util.Objects;

/**
 * The only configuration an executor receives besides its trials: where to write and the
 * provenance stamped on every row. Small and immutable, never a config map.
 *
 * @param outputRoot absolute path of the output root
 * @param sweep      sweep name, the partition value
 * @param gitCommit  code version of the driver (git commit, or "unknown")
 * @param specHash   SHA-256 of the sweep spec
 */
public record WriteConf(String outputRoot, String sweep, String gitCommit, String specHash) implements Serializable {
    public WriteConf {
        Objects.requireNonNull(outputRoot, "outputRoot");
        Objects.requireNonNull(sweep, "sweep");
        Objects.requireNonNull(gitCommit, "gitCommit");
        Objects.requireNonNull(specHash, "specHash");
    }

    public OutputLayout layout() {
        return new OutputLayout(java.nio.file.Path.of(outputRoot));
    }
}
