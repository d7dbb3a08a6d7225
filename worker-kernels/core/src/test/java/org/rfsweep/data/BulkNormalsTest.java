package org.rfsweep.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.RandomStreams;

/** BulkNormals gives exactly the library's words and normals, in the library's order. */
class BulkNormalsTest {
    @Test
    void theStreamsRfsweepCreatesTakeTheInlinePath() {
        assertTrue(BulkNormals.Inline.VERIFIED, "the class-initialisation self-check failed");
        assertInstanceOf(BulkNormals.Inline.class, BulkNormals.of(RandomStreams.create(7, RandomStreams.TRAIN)));
    }

    /**
     * 2·10⁶ normals per seed in uneven chunks, with raw words in between, as the sample streams
     * interleave them; about 2.3·10⁴ normals per seed leave the ziggurat's fast path.
     */
    @Test
    void inlineEqualsTheLibraryWordForWordAndNormalForNormal() {
        for (long seed = 0; seed < 3; seed++) {
            UniformRandomProvider reference = RandomStreams.create(seed, RandomStreams.TRAIN);
            ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(reference);
            BulkNormals bulk = BulkNormals.of(RandomStreams.create(seed, RandomStreams.TRAIN));
            double[] z = new double[1000];
            int edge = 0;
            for (int round = 0; round < 4000; round++) {
                assertEquals(reference.nextLong(), bulk.nextLong(), "word, round " + round);
                int len = 1 + (round * 37) % 1000;
                bulk.fill(z, 0, len);
                for (int i = 0; i < len; i++) {
                    double expected = gauss.sample();
                    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(z[i]),
                            "seed " + seed + " round " + round + " normal " + i);
                    edge += Math.abs(expected) > 3.4 ? 1 : 0;
                }
            }
            assertTrue(edge > 100, "the tails were exercised: " + edge);
        }
    }

    @Test
    void anyOtherProviderGoesThroughTheLibrary() {
        UniformRandomProvider other = RandomSource.SPLIT_MIX_64.create(5L);
        BulkNormals bulk = BulkNormals.of(other);
        assertInstanceOf(BulkNormals.Library.class, bulk);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(RandomSource.SPLIT_MIX_64.create(5L));
        double[] z = new double[100];
        bulk.fill(z, 0, 100);
        for (double v : z) {
            assertEquals(gauss.sample(), v);
        }
    }
}
