package org.rfsweep.kernel;

import java.nio.ByteBuffer;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Independent random streams keyed only by (seed, stream name) (DESIGN.md, "Identity, seeds,
 * determinism"): never by partition, attempt, executor, clock or order. Trials that share a
 * seed therefore share their random numbers (common random numbers).
 *
 * <p>Implementation note: the generator is XoRoShiRo128++ (Blackman &amp; Vigna 2019), seeded
 * with the first 128 bits of SHA-256("rfsweep|" + seed + "|" + name), so distinct names give
 * statistically independent, non-overlapping-in-practice streams.
 */
public final class RandomStreams {
    /** Initial network weights. */
    public static final String WEIGHTS = "weights";
    /** Training samples. */
    public static final String TRAIN = "train";
    /** The fixed test set. */
    public static final String TEST = "test";

    private RandomStreams() {
    }

    public static RestorableUniformRandomProvider create(long seed, String streamName) {
        byte[] digest = Sha256.digest("rfsweep|" + seed + "|" + streamName);
        ByteBuffer buf = ByteBuffer.wrap(digest);
        long[] state = {buf.getLong(), buf.getLong()};
        if (state[0] == 0 && state[1] == 0) {
            state[1] = 1; // the all-zero state is the generator's only fixed point
        }
        return RandomSource.XO_RO_SHI_RO_128_PP.create(state);
    }
}
