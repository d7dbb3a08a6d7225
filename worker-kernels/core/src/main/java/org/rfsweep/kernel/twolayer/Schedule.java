package org.rfsweep.kernel.twolayer;

import java.util.Arrays;

/**
 * When a run records its weights and evaluates the test set (SCIENCE.md §3), in SGD steps.
 *
 * <p>Snapshots: step 0 and {@code snapshots} times log-spaced in [0.1, T] (t_j = 0.1 · (10 T)^{j/(S−1)};
 * just T when S = 1), each turned into the step ⌈t_j·N⌉ (clamped to [1, total]), duplicates
 * dropped; the last snapshot is always the final step. Evaluations: step 0 (as in the authors'
 * code, which logs the test error at t = 0) and, for each of {@code evaluations} times log-spaced
 * in [0.1, T] the same way, the first snapshot at or after it; the final snapshot is always
 * evaluated.
 *
 * @param steps    snapshot steps, strictly increasing, starting at 0
 * @param evaluate per snapshot, whether the test set is evaluated there
 */
public record Schedule(long[] steps, boolean[] evaluate) {

    /** The schedule of a run of {@code totalSteps} steps at input dimension N. */
    public static Schedule of(double time, int n, long totalSteps, int snapshots, int evaluations) {
        long[] raw = new long[snapshots + 1];
        for (int j = 0; j < snapshots; j++) {
            raw[j + 1] = stepOf(logTime(time, j, snapshots), n, totalSteps);
        }
        raw[snapshots] = totalSteps;
        long[] steps = Arrays.stream(raw).sorted().distinct().toArray();
        boolean[] evaluate = new boolean[steps.length];
        evaluate[0] = true;
        evaluate[steps.length - 1] = true;
        for (int j = 0; j < evaluations; j++) {
            long target = stepOf(logTime(time, j, evaluations), n, totalSteps);
            int idx = Arrays.binarySearch(steps, target);
            evaluate[idx >= 0 ? idx : Math.min(-idx - 1, steps.length - 1)] = true;
        }
        return new Schedule(steps, evaluate);
    }

    private static double logTime(double time, int j, int count) {
        if (count == 1) {
            return time;
        }
        return 0.1 * Math.pow(10 * time, (double) j / (count - 1));
    }

    private static long stepOf(double t, int n, long totalSteps) {
        long s = (long) Math.ceil(t * n - 1e-9);
        return Math.max(1, Math.min(totalSteps, s));
    }

    /** Number of snapshots, t = 0 included. */
    public int size() {
        return steps.length;
    }

    /** Number of test-set evaluations. */
    public int evaluations() {
        int count = 0;
        for (boolean e : evaluate) {
            count += e ? 1 : 0;
        }
        return count;
    }
}
