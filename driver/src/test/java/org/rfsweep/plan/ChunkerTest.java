package org.rfsweep.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rfsweep.executor.Chunk;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.testkit.TestSweep;

class ChunkerTest {
    private static List<TrialSpec> trials(int n) {
        List<Object> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            xs.add((double) i);
        }
        return TestSweep.xSeeds("c", Map.of(), xs, 1).trialList();
    }

    @Test
    void chunkCountIsAFewPerSlotCappedBySizeAndTrials() {
        Chunker c = new Chunker(4, 100);
        assertEquals(0, c.chunkCount(0, 2));
        assertEquals(3, c.chunkCount(3, 2), "never more chunks than trials");
        assertEquals(8, c.chunkCount(200, 2));
        assertEquals(10, c.chunkCount(1000, 2), "at most 100 trials per chunk");
        assertEquals(4, c.chunkCount(50, 0), "at least one slot");
    }

    @Test
    void everyTrialLandsInExactlyOneChunkAndCostsAreBalancedLongestFirst() {
        List<TrialSpec> t = trials(40);
        double[] costs = new double[40];
        for (int i = 0; i < 40; i++) {
            costs[i] = 1 + (i * 7919) % 13; // uneven costs 1..13
        }
        List<Chunk> chunks = new Chunker(4, 100).chunks(t, costs, 2);
        assertEquals(8, chunks.size());
        Set<String> ids = new HashSet<>();
        double total = 0;
        for (Chunk ch : chunks) {
            ch.trials().forEach(x -> assertTrue(ids.add(x.trialId()), "trial in two chunks"));
            total += ch.cost();
        }
        assertEquals(40, ids.size());
        double mean = total / 8;
        for (int i = 0; i < chunks.size(); i++) {
            // LPT bound (Graham 1969): no bin exceeds the mean by more than the largest item (13)
            assertTrue(Math.abs(chunks.get(i).cost() - mean) <= 13, "chunk " + i + " cost " + chunks.get(i).cost());
            if (i > 0) {
                assertTrue(chunks.get(i - 1).cost() >= chunks.get(i).cost(), "longest first");
            }
        }
    }

    @Test
    void theChunkIdDependsOnlyOnTheSetOfTrials() {
        List<TrialSpec> t = trials(5);
        List<TrialSpec> reversed = new ArrayList<>(t);
        java.util.Collections.reverse(reversed);
        assertEquals(Chunk.idOf(t), Chunk.idOf(reversed));
        assertNotEquals(Chunk.idOf(t), Chunk.idOf(t.subList(0, 4)));
        assertTrue(Chunk.idOf(t).matches("[0-9a-f]{16}"));
        double[] costs = {1, 2, 3, 4, 5};
        assertEquals(new Chunker(4, 100).chunks(t, costs, 1), new Chunker(4, 100).chunks(t, costs, 1),
                "deterministic");
    }
}
