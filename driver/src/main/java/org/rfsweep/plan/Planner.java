package org.rfsweep.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.spec.SweepSpec;

/**
 * Expands a sweep lazily and decides each trial's {@link TrialFate} against what the output holds.
 * A trial id that the spec produces twice (e.g. a repeated grid value) counts once. Two streaming
 * passes over the spec: the first notes which ids may repeat ({@link RepeatedTrials}, 8 bytes per
 * trial), the second classifies; {@link #plan} keeps only counts, {@link #work} also the trials
 * to compute and the ids to copy, which a run needs.
 */
public final class Planner {
    private Planner() {
    }

    /** The counts of what a run would do; holds no trial. */
    public static Plan plan(SweepSpec spec, Committed committed, boolean retryFailed) {
        return classify(spec, committed, retryFailed, null).plan();
    }

    /** The counts and the trials a run acts on. */
    public static Work work(SweepSpec spec, Committed committed, boolean retryFailed) {
        return classify(spec, committed, retryFailed, new Lists()).work();
    }

    private static Tally classify(SweepSpec spec, Committed committed, boolean retryFailed, Lists lists) {
        RepeatedTrials ids = new RepeatedTrials(spec.trialCount());
        for (Iterator<TrialSpec> it = spec.trials(); it.hasNext(); ) {
            ids.add(it.next().trialId());
        }
        RepeatedTrials.Candidates repeats = ids.candidates();
        Tally tally = new Tally(spec, lists);
        for (Iterator<TrialSpec> it = spec.trials(); it.hasNext(); ) {
            TrialSpec t = it.next();
            if (!repeats.repeats(t.trialId())) {
                tally.add(t, TrialFate.of(t.trialId(), committed, retryFailed));
            }
        }
        return tally;
    }

    /** The trials a run keeps, in spec order. */
    private static final class Lists {
        final List<TrialSpec> toRun = new ArrayList<>();
        double[] costs = new double[16];
        final List<String> copies = new ArrayList<>();
    }

    private static final class Tally {
        private final SweepSpec spec;
        private final Kernel kernel;
        private final Lists lists;
        private long total;
        private long done;
        private long failed;
        private long copied;
        private long missing;
        private double cost;

        Tally(SweepSpec spec, Lists lists) {
            this.spec = spec;
            this.kernel = spec.kernel();
            this.lists = lists;
        }

        void add(TrialSpec t, TrialFate fate) {
            total++;
            switch (fate) {
                case DONE -> done++;
                case FAILED_KEPT -> failed++;
                case COPY -> {
                    copied++;
                    if (lists != null) {
                        lists.copies.add(t.trialId());
                    }
                }
                case RUN -> run(t);
                default -> throw new IllegalStateException("unknown fate " + fate);
            }
        }

        private void run(TrialSpec t) {
            double c = kernel.estimateCost(t.params());
            missing++;
            cost += c;
            if (lists != null) {
                int i = lists.toRun.size();
                if (i == lists.costs.length) {
                    lists.costs = Arrays.copyOf(lists.costs, 2 * i);
                }
                lists.costs[i] = c;
                lists.toRun.add(t);
            }
        }

        Plan plan() {
            return new Plan(spec.name(), total, done, failed, copied, missing, cost);
        }

        Work work() {
            return new Work(plan(), lists.toRun, Arrays.copyOf(lists.costs, lists.toRun.size()), lists.copies);
        }
    }
}
