package org.rfsweep.data;

/**
 * An endless stream of labelled input samples, drawn from one random stream. Each sample's class
 * m ∈ {0, 1} is drawn uniformly; class 0 has correlation length ξ0, class 1 ξ1.
 *
 * <p>Implementations allocate their buffers once and nothing per sample; the sequence of samples
 * is a deterministic function of the random stream alone (not of how callers batch their reads).
 */
public interface SampleStream {

    /** N, the number of pixels of each sample. */
    int pixels();

    /**
     * Writes the next sample into {@code x[offset .. offset + N)} and returns its class.
     *
     * @param x destination. Modified.
     */
    int next(double[] x, int offset);

    /**
     * Writes the next {@code count} samples row-major into {@code xs} (sample i at offset i·N)
     * and their classes into {@code classes[0 .. count)}.
     *
     * @param xs      destination, length ≥ count·N. Modified.
     * @param classes destination, length ≥ count. Modified.
     */
    default void next(double[] xs, int[] classes, int count) {
        int n = pixels();
        for (int i = 0; i < count; i++) {
            classes[i] = next(xs, i * n);
        }
    }
}
