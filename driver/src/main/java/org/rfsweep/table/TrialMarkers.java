package org.rfsweep.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rfsweep.kernel.TrialStatus;

/**
 * Trial-level progress of the chunks in flight: after each trial a task creates an empty marker
 * {@code trial-<i>.<status>} in its staging directory, and the driver counts them while the chunk
 * is not yet committed. Markers live on the output filesystem, which the commit protocol already
 * requires every executor to share, so this works on a cluster too. They are progress hints only:
 * the tables stay the truth, and staging (markers included) is discarded with the attempt.
 */
public final class TrialMarkers {
    private TrialMarkers() {
    }

    /** Records that trial {@code index} of the attempt using {@code staging} ended with {@code status}. */
    public static void mark(Path staging, int index, TrialStatus status) throws IOException {
        Files.createFile(staging.resolve("trial-" + index + "." + status.label()));
    }

    /** {finished, failed} trials of the uncommitted chunks under {@code layout}'s staging directory. */
    public static long[] count(OutputLayout layout) {
        long finished = 0;
        long failed = 0;
        for (Path attempt : OutputLayout.list(layout.stagingDir())) {
            for (Path marker : OutputLayout.list(attempt)) {
                String name = marker.getFileName().toString();
                if (name.startsWith("trial-")) {
                    finished++;
                    if (name.endsWith("." + TrialStatus.FAILED.label())) {
                        failed++;
                    }
                }
            }
        }
        return new long[] {finished, failed};
    }
}
