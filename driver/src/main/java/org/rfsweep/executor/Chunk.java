package org.rfsweep.executor;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.rfsweep.kernel.Sha256;
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
        return Sha256.hex(String.join(",", ids), 8);
    }
}
