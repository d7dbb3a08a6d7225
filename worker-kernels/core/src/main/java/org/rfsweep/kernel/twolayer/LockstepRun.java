package org.rfsweep.kernel.twolayer;

import java.util.ArrayList;
import java.util.List;
import org.rfsweep.data.SampleStream;
import org.rfsweep.kernel.TrialResult;

/**
 * Trains a group of {@code twolayer-sgd} trials that see the same inputs in lockstep (issue 13,
 * item 3): each mini-batch is drawn once from the shared TRAIN stream and every live member takes
 * its SGD step on it; the members share one test set. A member's arithmetic is exactly that of
 * {@link TrainingRun} on the same stream (the batch is the same values, read only), so its result
 * is bit-identical to the trial alone.
 *
 * <p>Members may differ in anything that does not touch the inputs, their schedules included: the
 * group advances to the nearest next snapshot of any live member, and a member leaves when its
 * schedule ends or when it diverges; the others go on.
 *
 * <p>Implementation note: the step loop walks a dense array of the live members' trainers and
 * allocates nothing; a divergence swaps the member out (a rare branch in its own method).
 */
final class LockstepRun {
    private final SampleStream train;
    private final int batch;
    private final double[] xs;
    private final int[] classes;
    private final List<GroupMember> members;
    private final GroupMember[] active;
    private final SgdTrainer[] trainers;
    private int live;

    /**
     * @param members trials with the same inputs, batch and test set
     * @param train   their shared TRAIN stream
     */
    LockstepRun(List<GroupMember> members, SampleStream train) {
        this.members = List.copyOf(members);
        this.train = train;
        this.batch = members.get(0).cfg.batch();
        this.xs = new double[Math.multiplyExact(batch, train.pixels())];
        this.classes = new int[batch];
        this.active = members.toArray(new GroupMember[0]);
        this.trainers = new SgdTrainer[active.length];
        for (int i = 0; i < active.length; i++) {
            trainers[i] = active[i].trainer;
        }
        this.live = active.length;
    }

    /** Runs every member to its end or divergence; the results in member order. */
    List<TrialResult> run() {
        long step = 0;
        snapshotsAt(0);
        while (live > 0) {
            long target = nearestSnapshot();
            step = trainUntil(step, target);
            snapshotsAt(target);
        }
        List<TrialResult> out = new ArrayList<>(members.size());
        for (GroupMember m : members) {
            out.add(m.result());
        }
        return out;
    }

    private long nearestSnapshot() {
        long target = Long.MAX_VALUE;
        for (int i = 0; i < live; i++) {
            target = Math.min(target, active[i].nextSnapshot());
        }
        return target;
    }

    /** Steps every live member from {@code step} to {@code target}, or until none is left. */
    private long trainUntil(long step, long target) {
        while (step < target && live > 0) {
            train.next(xs, classes, batch);
            for (int i = 0; i < live; i++) {
                if (!trainers[i].step(xs, classes)) {
                    drop(i--, step);
                }
            }
            step++;
        }
        return step;
    }

    /** Member i diverged at 0-based {@code step}: it stops, the last live member takes its place. */
    private void drop(int i, long step) {
        active[i].diverge(step);
        remove(i);
    }

    private void remove(int i) {
        live--;
        active[i] = active[live];
        trainers[i] = trainers[live];
        active[live] = null;
        trainers[live] = null;
    }

    /** Records the snapshot of every live member due at {@code step}; members whose schedule ended leave. */
    private void snapshotsAt(long step) {
        for (int i = 0; i < live; i++) {
            GroupMember m = active[i];
            if (m.nextSnapshot() == step) {
                m.snapshot(step);
                if (m.finished()) {
                    remove(i--);
                }
            }
        }
    }
}
