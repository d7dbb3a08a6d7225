package org.rfsweep.executor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.TrialSpec;

/** Cuts a chunk's trials, in their order, into the groups an executor runs together. */
public final class TrialGroups {
    /**
     * The most trials of one group an executor runs together: bounds a chunk's work and a group's
     * memory (each member's network and trajectory; the test set is shared). The planner
     * ({@code Chunker}) cuts groups to this size.
     */
    public static final int MAX_GROUP = 16;

    private TrialGroups() {
    }

    /**
     * Maximal runs of consecutive trials with the same non-null {@link Kernel#groupKey}, each cut
     * after {@code maxGroup} trials; every trial with a null key is a group of one. Concatenated,
     * the groups are {@code trials} in order.
     */
    static List<List<TrialSpec>> consecutive(Kernel kernel, List<TrialSpec> trials, int maxGroup) {
        List<List<TrialSpec>> groups = new ArrayList<>();
        List<TrialSpec> current = new ArrayList<>();
        Object currentKey = null;
        for (TrialSpec t : trials) {
            Object key = kernel.groupKey(t.params());
            if (current.isEmpty() || key == null || !Objects.equals(key, currentKey) || current.size() == maxGroup) {
                if (!current.isEmpty()) {
                    groups.add(current);
                }
                current = new ArrayList<>();
            }
            current.add(t);
            currentKey = key;
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }
}
