package org.rfsweep.table;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.rfsweep.store.StorePaths;

/**
 * The only configuration an executor receives besides its trials: where to write and the
 * provenance stamped on every row. Small and immutable.
 *
 * @param outputRoot absolute path of the output root, or its Hadoop URI ({@code hdfs://…}, {@code s3a://…})
 * @param sweep      sweep name, the partition value
 * @param gitCommit  code version of the driver (git commit, or "unknown")
 * @param specHash   SHA-256 of the sweep spec
 * @param hadoopConf the Hadoop settings the driver opened a Hadoop root with
 *                   ({@link org.rfsweep.store.HadoopSettings}); empty for a local root
 */
public record WriteConf(String outputRoot, String sweep, String gitCommit, String specHash,
                        Map<String, String> hadoopConf) implements Serializable {
    public WriteConf {
        Objects.requireNonNull(outputRoot, "outputRoot");
        Objects.requireNonNull(sweep, "sweep");
        Objects.requireNonNull(gitCommit, "gitCommit");
        Objects.requireNonNull(specHash, "specHash");
        hadoopConf = java.util.Collections.unmodifiableMap(new TreeMap<>(hadoopConf));
    }

    /** A local output root. */
    public WriteConf(String outputRoot, String sweep, String gitCommit, String specHash) {
        this(outputRoot, sweep, gitCommit, specHash, Map.of());
    }

    /** The layout under the root, opened on this JVM (an executor opens the Hadoop filesystem once). */
    public OutputLayout layout() {
        return new OutputLayout(StorePaths.reopen(outputRoot, hadoopConf));
    }

    /** Names the Hadoop settings but not their values, which may hold credentials. */
    @Override
    public String toString() {
        return "WriteConf[outputRoot=" + outputRoot + ", sweep=" + sweep + ", gitCommit=" + gitCommit + ", specHash="
                + specHash + ", hadoopConf keys=" + hadoopConf.keySet() + "]";
    }
}
