package org.rfsweep.table;

import java.util.List;
import org.apache.parquet.schema.Type;

/** The provenance columns every row of every table carries: kernel version, code version, spec. */
final class Provenance {
    static final String KERNEL_VERSION = "kernel_version";
    static final String GIT_COMMIT = "git_commit";
    static final String SPEC_HASH = "spec_hash";

    private Provenance() {
    }

    static List<Type> fields() {
        return List.of(Columns.requiredString(KERNEL_VERSION), Columns.requiredString(GIT_COMMIT),
                Columns.requiredString(SPEC_HASH));
    }

    static void write(Emitter row, String kernelVersion, WriteConf conf) {
        row.string(KERNEL_VERSION, kernelVersion);
        row.string(GIT_COMMIT, conf.gitCommit());
        row.string(SPEC_HASH, conf.specHash());
    }
}
