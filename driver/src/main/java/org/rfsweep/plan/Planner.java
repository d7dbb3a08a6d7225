package org.rfsweep.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.spec.SweepSpec;

/**
 * Expands a sweep lazily, in one streaming pass, and decides each trial's {@link TrialFate}
 * against what the output holds. A trial id that the spec produces twice (e.g. a repeated grid
 * value) counts once ({@link RepeatedTrials}). Per trial only its id bits, fate and estimated cost
 * are kept (19 bytes: 10^7 trials in under 200 MB); {@link #plan} returns counts, {@link #work}
 * also the trials to compute and the ids to copy, which a run needs.
 */
public final class Planner {
    private Planner() {
    }

    /** The counts of what a run would do; holds no trial. */
    public static Plan plan(SweepSpec spec, Committed committed, boolean retryFailed) {
        return classify(spec, committed, retryFailed, false).plan();
    }

    /** The counts and the trials a run acts on. */
    public static Work work(SweepSpec spec, Committed committed, boolean retryFailed) {
        return classify(spec, committed, retryFailed, true).work();
    }

    private static Tally classify(SweepSpec spec, Committed committed, boolean retryFailed, boolean keep) {
        Tally tally = new Tally(spec, keep);
        for (Iterator<TrialSpec> it = spec.trials(); it.hasNext(); ) {
            TrialSpec t = it.next();
            tally.add(t, TrialFate.of(t.trialId(), committed, retryFailed));
        }
        return tally;
    }

    /** Per-trial fates and costs in spec order, summed once the repeats are known. */
    private static final class Tally {
        private static final TrialFate[] FATES = TrialFate.values();

        private final SweepSpec spec;
        private final Kernel kernel;
        private final boolean keep;
        private final RepeatedTrials ids;
        private byte[] fates;
        private double[] costs;
        private int n;
        private final List<TrialSpec> toRun = new ArrayList<>();
        private final List<String> copies = new ArrayList<>();
        private int[] toRunIndex = new int[16];
        private int[] copyIndex = new int[16];

        Tally(SweepSpec spec, boolean keep) {
            this.spec = spec;
            this.kernel = spec.kernel();
            this.keep = keep;
            int capacity = (int) Math.max(16, Math.min(spec.trialCount(), Integer.MAX_VALUE - 8));
            this.ids = new RepeatedTrials(capacity);
            this.fates = new byte[capacity];
            this.costs = new double[capacity];
        }

        void add(TrialSpec t, TrialFate fate) {
            if (n == fates.length) {
                fates = Arrays.copyOf(fates, n + (n >> 1) + 16);
                costs = Arrays.copyOf(costs, fates.length);
            }
            ids.add(t.trialId());
            fates[n] = (byte) fate.ordinal();
            costs[n] = fate == TrialFate.RUN ? kernel.estimateCost(t.params()) : 0;
            if (keep && fate == TrialFate.RUN) {
                toRunIndex = append(toRunIndex, toRun.size(), n);
                toRun.add(t);
            } else if (keep && fate == TrialFate.COPY) {
                copyIndex = append(copyIndex, copies.size(), n);
                copies.add(t.trialId());
            }
            n++;
        }

        private static int[] append(int[] a, int at, int value) {
            int[] out = at == a.length ? Arrays.copyOf(a, 2 * at) : a;
            out[at] = value;
            return out;
        }

        private BitSet repeats;

        private BitSet repeats() {
            if (repeats == null) {
                repeats = ids.repeats();
            }
            return repeats;
        }

        Plan plan() {
            BitSet skip = repeats();
            long[] count = new long[FATES.length];
            double cost = 0;
            for (int i = 0; i < n; i++) {
                if (!skip.get(i)) {
                    count[fates[i]]++;
                    cost += costs[i];
                }
            }
            long total = n - skip.cardinality();
            return new Plan(spec.name(), total, count[TrialFate.DONE.ordinal()], count[TrialFate.FAILED_KEPT.ordinal()],
                    count[TrialFate.COPY.ordinal()], count[TrialFate.RUN.ordinal()], cost);
        }

        Work work() {
            BitSet skip = repeats();
            List<TrialSpec> run = new ArrayList<>();
            double[] runCosts = new double[toRun.size()];
            for (int j = 0; j < toRun.size(); j++) {
                if (!skip.get(toRunIndex[j])) {
                    runCosts[run.size()] = costs[toRunIndex[j]];
                    run.add(toRun.get(j));
                }
            }
            List<String> copy = new ArrayList<>();
            for (int j = 0; j < copies.size(); j++) {
                if (!skip.get(copyIndex[j])) {
                    copy.add(copies.get(j));
                }
            }
            return new Work(plan(), run, Arrays.copyOf(runCosts, run.size()), copy);
        }
    }
}
