package org.rfsweep.executor;

import java.io.Serializable;

/**
 * What a committed chunk reports back to the driver (small; the rows themselves are in Parquet).
 *
 * @param chunkId       chunk id
 * @param trials        trials in the chunk
 * @param ok            ok trials
 * @param diverged      diverged trials
 * @param failed        failed trials
 * @param kernelSeconds summed wall seconds inside {@code Kernel.run}
 * @param taskSeconds   wall seconds of the whole chunk task (kernels plus writing and commit)
 * @param firstError    the first failed trial's id and message, or null
 */
public record ChunkSummary(String chunkId, int trials, int ok, int diverged, int failed, double kernelSeconds,
                           double taskSeconds, String firstError) implements Serializable {
}
