package org.rfsweep.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.rfsweep.executor.Chunk;
import org.rfsweep.executor.TrialGroups;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.Kernels;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.testkit.TestSweep;

/** Chunking keeps the trials that share draws together (issue 13, item 3). */
class ChunkerGroupTest {
    /** Trials x = 0..xs-1 times seeds; a trial's group is its seed. */
    private static final Function<TrialSpec, Object> BY_SEED = t -> t.params().getLong("seed");

    private static List<TrialSpec> trials(int xs, int seeds) {
        List<Object> x = new ArrayList<>();
        for (int i = 0; i < xs; i++) {
            x.add((double) i);
        }
        return TestSweep.xSeeds("g", Map.of(), x, seeds).trialList();
    }

    private static double[] costs(List<TrialSpec> t) {
        double[] c = new double[t.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = 1 + t.get(i).params().getDouble("x");
        }
        return c;
    }

    /** Per chunk, its trials' group keys as consecutive runs; asserts every trial in exactly one chunk. */
    private static Map<Object, Integer> chunkOfEachGroup(List<Chunk> chunks, int trials) {
        Set<String> ids = new HashSet<>();
        Map<Object, Integer> chunkOf = new HashMap<>();
        for (int c = 0; c < chunks.size(); c++) {
            Object previous = null;
            Set<Object> closed = new HashSet<>();
            for (TrialSpec t : chunks.get(c).trials()) {
                assertTrue(ids.add(t.trialId()), "trial in two chunks");
                Object key = BY_SEED.apply(t);
                if (!key.equals(previous)) {
                    assertTrue(closed.add(key), "group " + key + " not consecutive in chunk " + c);
                }
                previous = key;
                Integer before = chunkOf.put(key, c);
                assertTrue(before == null || before == c, "group " + key + " split over chunks");
            }
        }
        assertEquals(trials, ids.size());
        return chunkOf;
    }

    @Test
    void aGroupStaysInOneChunkAndItsTrialsAreConsecutive() {
        List<TrialSpec> t = trials(8, 6); // six groups of 8 on one slot: 4 chunks
        List<Chunk> chunks = new Chunker(4, 100).chunks(t, costs(t), 1, BY_SEED);
        assertEquals(4, chunks.size());
        assertEquals(6, chunkOfEachGroup(chunks, 48).size());
        for (int i = 1; i < chunks.size(); i++) {
            assertTrue(chunks.get(i - 1).cost() >= chunks.get(i).cost(), "longest first");
        }
    }

    @Test
    void aLargeGroupIsCutIntoNearEqualPiecesOfAtMostTheCap() {
        List<TrialSpec> t = trials(40, 1); // one group of 40: pieces 13, 13, 14
        List<Chunk> chunks = new Chunker(4, 100).chunks(t, costs(t), 1, BY_SEED);
        assertEquals(3, chunks.size());
        for (Chunk c : chunks) {
            assertTrue(c.trials().size() <= TrialGroups.MAX_GROUP && c.trials().size() >= 13, "" + c.trials().size());
        }
    }

    @Test
    void groupsAreHalvedWhileSlotsWouldIdle() {
        List<TrialSpec> t = trials(8, 1); // one group of 8 on 2 slots: two pieces of 4
        List<Chunk> chunks = new Chunker(4, 100).chunks(t, costs(t), 2, BY_SEED);
        assertEquals(List.of(4, 4), chunks.stream().map(c -> c.trials().size()).toList());
        assertEquals(1, new Chunker(4, 100).chunks(t, costs(t), 1, BY_SEED).size(), "one slot: one group");
    }

    /** twolayer-sgd, found by name: gains and rates of one seed form one group; the control apart per gain. */
    @Test
    void theKernelsOwnKeysGroupASeedsGainsAndRates() {
        Kernel k = Kernels.require("twolayer-sgd");
        List<TrialSpec> t = new ArrayList<>();
        for (long seed = 0; seed < 3; seed++) {
            for (double gain : new double[] {0.5, 3}) {
                for (double lr : new double[] {0.05, 0.1}) {
                    t.add(TrialSpec.of(k, k.schema().resolve(Map.of("gain", gain, "lr", lr, "seed", seed))));
                    t.add(TrialSpec.of(k, k.schema().resolve(Map.of("gain", gain, "lr", lr, "seed", seed,
                            "inputs", "gp"))));
                }
            }
        }
        double[] costs = new double[t.size()];
        java.util.Arrays.fill(costs, 1);
        List<Chunk> chunks = new Chunker(100, 100).chunks(t, costs, 1);
        // per seed: one latent group of 4 nlgp trials and two inputs groups of 2 gp trials (one per gain)
        assertEquals(9, chunks.size());
        Map<Integer, Integer> sizes = new HashMap<>();
        for (Chunk c : chunks) {
            sizes.merge(c.trials().size(), 1, Integer::sum);
            Set<Object> keys = new HashSet<>();
            c.trials().forEach(x -> keys.add(k.groupKey(x.params())));
            assertEquals(1, keys.size(), "one group per chunk here");
        }
        assertEquals(Map.of(4, 3, 2, 6), sizes);
    }

    @Test
    void withoutKeysTheChunksAreThoseOfUngroupedTrials() {
        List<TrialSpec> t = trials(10, 3);
        double[] c = costs(t);
        List<Chunk> plain = new Chunker(4, 100).chunks(t, c, 2, x -> null);
        assertEquals(8, plain.size());
        // the test kernel has no groups: the kernel-looked-up form is the same
        assertEquals(plain, new Chunker(4, 100).chunks(t, c, 2));
    }
}
