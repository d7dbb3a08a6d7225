package org.rfsweep.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
import org.rfsweep.executor.Chunk;
import org.rfsweep.executor.TrialGroups;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.Kernels;
import org.rfsweep.kernel.TrialSpec;

/**
 * Splits the trials to run into chunks of balanced estimated cost, longest first, keeping the
 * trials that share their random draws together.
 *
 * <p>Algorithm: trials with equal non-null {@link Kernel#groupKey} form a group, which the
 * executor runs in lockstep ({@link Kernel#runGroup}); a group larger than {@link TrialGroups#MAX_GROUP} is
 * cut into near-equal pieces of at most that many, and while there are fewer units than Spark
 * slots the largest unit is halved, so no slot idles for the sake of sharing. Every other trial
 * is a unit of its own. The number of chunks is {@code chunksPerSlot} per slot (so the last wave
 * is short and progress moves), raised so no chunk holds more than {@code maxTrialsPerChunk}
 * trials, and at most one per unit. Units are then assigned longest-processing-time first
 * (Graham 1969): sorted by decreasing summed cost, each goes to the chunk with the least cost so
 * far. Chunks are returned by decreasing cost; within a chunk units keep that order and a group's
 * trials are consecutive, so the longest work starts first.
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

    /** Number of chunks for {@code trials} trials (or units) on {@code slots} parallel slots. */
    public long chunkCount(long trials, int slots) {
        if (trials == 0) {
            return 0;
        }
        long bySlots = (long) chunksPerSlot * Math.max(1, slots);
        long bySize = (trials + maxTrialsPerChunk - 1) / maxTrialsPerChunk;
        return Math.min(trials, Math.max(bySlots, bySize));
    }

    /**
     * The chunks of {@code trials}, each with its estimated cost (same order as {@code costs}),
     * grouped by the {@link Kernel#groupKey} of their kernel (found by name; none if unknown).
     */
    public List<Chunk> chunks(List<TrialSpec> trials, double[] costs, int slots) {
        Function<TrialSpec, Object> key = trials.isEmpty() ? t -> null : groupKeys(trials.get(0).kernel());
        return chunks(trials, costs, slots, key);
    }

    private static Function<TrialSpec, Object> groupKeys(String kernelName) {
        Kernel kernel = Kernels.find(kernelName).orElse(null);
        return kernel == null ? t -> null : t -> kernel.groupKey(t.params());
    }

    /** {@link #chunks(List, double[], int)} with the group key given; a null key keeps a trial alone. */
    public List<Chunk> chunks(List<TrialSpec> trials, double[] costs, int slots, Function<TrialSpec, Object> groupKey) {
        List<Unit> units = GroupUnits.of(trials, costs, groupKey, TrialGroups.MAX_GROUP, Math.max(1, slots));
        int n = (int) Math.min(units.size(), chunkCount(trials.size(), slots));
        // stable: equal costs keep spec order, so chunking is deterministic
        units.sort(Comparator.comparingDouble((Unit u) -> -u.cost()));
        List<List<TrialSpec>> bins = new ArrayList<>();
        double[] binCost = new double[n];
        PriorityQueue<Integer> lightest = new PriorityQueue<>(
                Comparator.comparingDouble((Integer b) -> binCost[b]).thenComparingInt(b -> b));
        for (int b = 0; b < n; b++) {
            bins.add(new ArrayList<>());
            lightest.add(b);
        }
        for (Unit u : units) {
            int b = lightest.poll();
            for (int i : u.members()) {
                bins.get(b).add(trials.get(i));
            }
            binCost[b] += u.cost();
            lightest.add(b);
        }
        List<Chunk> chunks = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            chunks.add(Chunk.of(bins.get(b), binCost[b]));
        }
        chunks.sort(Comparator.comparingDouble((Chunk c) -> -c.cost()).thenComparing(Chunk::id));
        return chunks;
    }

    /** Trials (indices into the trial list, by decreasing cost) that go to one chunk together. */
    record Unit(List<Integer> members, double cost) {
    }

    /** Forms the {@link Unit}s: groups by key, capped and split as the class comment says. */
    static final class GroupUnits {
        private GroupUnits() {
        }

        static List<Unit> of(List<TrialSpec> trials, double[] costs, Function<TrialSpec, Object> groupKey,
                             int maxGroup, int slots) {
            Map<Object, List<Integer>> groups = new LinkedHashMap<>();
            List<List<Integer>> pieces = new ArrayList<>();
            for (int i = 0; i < trials.size(); i++) {
                Object key = groupKey.apply(trials.get(i));
                if (key == null) {
                    pieces.add(List.of(i));
                } else {
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
            for (List<Integer> g : groups.values()) {
                g.sort(Comparator.comparingDouble((Integer i) -> -costs[i])); // stable
                int parts = (g.size() + maxGroup - 1) / maxGroup;
                pieces.addAll(split(g, parts));
            }
            fillSlots(pieces, slots);
            List<Unit> units = new ArrayList<>(pieces.size());
            for (List<Integer> p : pieces) {
                double cost = 0;
                for (int i : p) {
                    cost += costs[i];
                }
                units.add(new Unit(p, cost));
            }
            return units;
        }

        /** {@code parts} consecutive pieces of near-equal size (sizes differ by at most one). */
        private static List<List<Integer>> split(List<Integer> g, int parts) {
            List<List<Integer>> out = new ArrayList<>(parts);
            for (int p = 0; p < parts; p++) {
                out.add(List.copyOf(g.subList(p * g.size() / parts, (p + 1) * g.size() / parts)));
            }
            return out;
        }

        /** Halves the largest piece until there are {@code slots} pieces or every piece is one trial. */
        private static void fillSlots(List<List<Integer>> pieces, int slots) {
            while (pieces.size() < slots) {
                int largest = 0;
                for (int p = 1; p < pieces.size(); p++) {
                    if (pieces.get(p).size() > pieces.get(largest).size()) {
                        largest = p;
                    }
                }
                List<Integer> g = pieces.get(largest);
                if (g.size() < 2) {
                    return;
                }
                pieces.remove(largest);
                pieces.addAll(largest, split(g, 2));
            }
        }
    }
}
