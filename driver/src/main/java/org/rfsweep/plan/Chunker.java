package org.rfsweep.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.rfsweep.kernel.TrialSpec;

/**
 * Splits the trials to run into chunks of balanced estimated cost, longest first.
 *
 * <p>Algorithm: the number of chunks is {@code chunksPerSlot} per Spark slot (so the last wave
 * is short and progress moves), raised so no chunk holds more than {@code maxTrialsPerChunk}
 * trials, and at most one per trial. Trials are then assigned longest-processing-time first
 * (Graham 1969): sorted by decreasing cost, each goes to the chunk with the least cost so far.
 * Chunks are returned by decreasing cost, and within a chunk trials keep that order, so the
 * longest work starts first.
 */
public final class Chunker {
    private final int chunksPerSlot;
    private final int maxTrialsPerChunk;

    public Chunker(int chunksPerSlot, int maxTrialsPerChunk) {
        if (chunksPerSlot < 1 || maxTrialsPerChunk < 1) {
            throw new IllegalArgumentException("chunksPerSlot and maxTrialsPerChunk must be >= 1");
        }
        this.chunksPerSlot = chunksPerSlot;
        this.maxTrialsPerChunk = maxTrialsPerChunk;
    }

    /** The default: 4 chunks per slot, at most 100 trials per chunk. */
    public static Chunker standard() {
        return new Chunker(4, 100);
    }

    /** Number of chunks for {@code trials} trials on {@code slots} parallel slots. */
    public long chunkCount(long trials, int slots) {
        if (trials == 0) {
            return 0;
        }
        long bySlots = (long) chunksPerSlot * Math.max(1, slots);
        long bySize = (trials + maxTrialsPerChunk - 1) / maxTrialsPerChunk;
        return Math.min(trials, Math.max(bySlots, bySize));
    }

    /** The chunks of {@code trials}, each with its estimated cost (same order as {@code costs}). */
    public List<Chunk> chunks(List<TrialSpec> trials, double[] costs, int slots) {
        int n = (int) chunkCount(trials.size(), slots);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < trials.size(); i++) {
            order.add(i);
        }
        // stable: equal costs keep spec order, so chunking is deterministic
        order.sort(Comparator.comparingDouble((Integer i) -> -costs[i]));
        List<List<TrialSpec>> bins = new ArrayList<>();
        double[] binCost = new double[n];
        PriorityQueue<Integer> lightest = new PriorityQueue<>(
                Comparator.comparingDouble((Integer b) -> binCost[b]).thenComparingInt(b -> b));
        for (int b = 0; b < n; b++) {
            bins.add(new ArrayList<>());
            lightest.add(b);
        }
        for (int i : order) {
            int b = lightest.poll();
            bins.get(b).add(trials.get(i));
            binCost[b] += costs[i];
            lightest.add(b);
        }
        List<Chunk> chunks = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            chunks.add(Chunk.of(bins.get(b), binCost[b]));
        }
        chunks.sort(Comparator.comparingDouble((Chunk c) -> -c.cost()).thenComparing(Chunk::id));
        return chunks;
    }
}
