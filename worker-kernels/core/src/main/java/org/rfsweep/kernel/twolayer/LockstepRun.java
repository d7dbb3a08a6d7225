package org.rfsweep.kernel.twolayer;

import java.util.ArrayList;
import java.util.List;
import org.rfsweep.data.LatentSharing;
import org.rfsweep.data.SampleStream;
import org.rfsweep.kernel.TrialResult;

/**
 * Trains a group of {@code twolayer-sgd} trials that share their draws in lockstep (issue 13,
 * item 3). One stream is drawn once for the whole group: the TRAIN samples themselves when every
 * member sees the same inputs, or the latent samples behind them when the members' inputs differ
 * only in the pointwise map (the gain, a NORTA marginal). Members with the same inputs form a
 * {@link Lane}: it maps the shared draws to its inputs (or reads them as they are) and every live
 * member steps on them. A member's arithmetic is exactly that of {@link TrainingRun} on its own
 * stream, since the values it reads are the same, so its result is bit-identical to the trial alone.
 *
 * <p>Members may differ in anything that does not touch the draws, their schedules included: the
 * group advances to the nearest next snapshot of any live member, and a member leaves when its
 * schedule ends or when it diverges; the others go on.
 *
 * <p>Implementation note: a block of up to {@value #BLOCK} steps' samples is drawn at once (a
 * stream's sequence does not depend on how it is read) and mapped once per lane; then each live
 * member, from a dense array of its lane's trainers, takes those steps one after another, each
 * step's batch copied to the front of a buffer for {@link SgdTrainer#step}, so its weights stay in
 * L1 meanwhile (measured at N = 400, K = 8, 8 members: 9.3 µs per group step against 10.0 µs
 * stepping every member on each step in turn). Nothing is allocated; a divergence swaps the member
 * out (a rare branch in its own method).
 */
final class LockstepRun {
    /** Steps drawn at once. */
    static final int BLOCK = 16;
    /** A block holds at most this many doubles (1 MiB); a larger mini-batch makes blocks of one step. */
    static final int MAX_BLOCK_DOUBLES = 1 << 17;

    private final SampleStream source;
    private final int batch;
    private final int perStep;
    private final int blockSteps;
    private final double[] block;
    private final int[] blockClasses;
    private final Lane[] lanes;
    private final List<GroupMember> members;

    /** Members that see the same inputs: a map of the shared draws (or none) and its members. */
    static final class Lane {
        private final LatentSharing.PointMap map;
        private final GroupMember[] active;
        private final SgdTrainer[] trainers;
        private int live;
        private double[] block;
        private double[] xs;
        private int[] classes;
        private int failedAt;

        /**
         * @param map     latent to pixels, or null when the shared draws are these members' inputs
         * @param members the lane's members
         */
        Lane(LatentSharing.PointMap map, List<GroupMember> members) {
            this.map = map;
            this.active = members.toArray(new GroupMember[0]);
            this.trainers = new SgdTrainer[active.length];
            for (int i = 0; i < active.length; i++) {
                trainers[i] = active[i].trainer;
            }
            this.live = active.length;
        }
    }

    /**
     * @param members every member, in the order of the results
     * @param lanes   the same members by inputs, every member with the same batch size
     * @param source  the shared draws: the TRAIN samples (one lane without a map) or the latent
     *                samples behind them (every lane with its map)
     */
    LockstepRun(List<GroupMember> members, List<Lane> lanes, SampleStream source) {
        this.source = source;
        this.lanes = lanes.toArray(new Lane[0]);
        this.members = List.copyOf(members);
        this.batch = members.get(0).cfg.batch();
        this.perStep = Math.multiplyExact(batch, source.pixels());
        this.blockSteps = (int) Math.max(1, Math.min(BLOCK, MAX_BLOCK_DOUBLES / perStep));
        this.block = new double[Math.multiplyExact(blockSteps, perStep)];
        this.blockClasses = new int[blockSteps * batch];
        for (Lane lane : this.lanes) {
            lane.block = lane.map == null ? block : new double[block.length];
            // a block of one step is the step's own buffer: nothing to copy, no second batch in memory
            lane.xs = blockSteps == 1 ? lane.block : new double[perStep];
            lane.classes = blockSteps == 1 ? blockClasses : new int[batch];
        }
    }

    /** Runs every member to its end or divergence; the results in member order. */
    List<TrialResult> run() {
        long step = 0;
        snapshotsAt(0);
        while (live() > 0) {
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

    private int live() {
        int live = 0;
        for (Lane lane : lanes) {
            live += lane.live;
        }
        return live;
    }

    private long nearestSnapshot() {
        long target = Long.MAX_VALUE;
        for (Lane lane : lanes) {
            for (int i = 0; i < lane.live; i++) {
                target = Math.min(target, lane.active[i].nextSnapshot());
            }
        }
        return target;
    }

    /** Steps every live member from {@code step} to {@code target}, a block of steps at a time. */
    private long trainUntil(long step, long target) {
        while (step < target && live() > 0) {
            int steps = (int) Math.min(blockSteps, target - step);
            source.next(block, blockClasses, steps * batch);
            for (Lane lane : lanes) {
                if (lane.live > 0) {
                    trainLane(lane, steps, step);
                }
            }
            step += steps;
        }
        return step;
    }

    private void trainLane(Lane lane, int steps, long step) {
        if (lane.map != null && lane.live == 1 && lane.xs != lane.block) {
            if (!mapAndTrain(lane, steps)) {
                lane.active[0].diverge(step + lane.failedAt);
                remove(lane, 0);
            }
            return;
        }
        if (lane.map != null) {
            int n = source.pixels();
            for (int s = 0; s < steps * batch; s++) {
                lane.map.apply(block, s * n, lane.block, s * n, n);
            }
        }
        for (int i = 0; i < lane.live; i++) {
            if (!trainBlock(lane, lane.trainers[i], steps)) {
                lane.active[i].diverge(step + lane.failedAt);
                remove(lane, i--);
            }
        }
    }

    /**
     * The one member of a lane (a gain sweep's usual lane) takes the block's steps with each step's
     * samples mapped straight into its buffer: nothing written to the lane's block and copied back.
     */
    private boolean mapAndTrain(Lane lane, int steps) {
        int n = source.pixels();
        for (int s = 0; s < steps; s++) {
            for (int b = 0; b < batch; b++) {
                lane.map.apply(block, (s * batch + b) * n, lane.xs, b * n, n);
            }
            System.arraycopy(blockClasses, s * batch, lane.classes, 0, batch);
            if (!lane.trainers[0].step(lane.xs, lane.classes)) {
                lane.failedAt = s;
                return false;
            }
        }
        return true;
    }

    /** One member's steps over the block; false (with {@code failedAt}) at its first non-finite step. */
    private boolean trainBlock(Lane lane, SgdTrainer trainer, int steps) {
        double[] xs = lane.xs;
        int[] classes = lane.classes;
        boolean copy = xs != lane.block;
        for (int s = 0; s < steps; s++) {
            if (copy) {
                System.arraycopy(lane.block, s * perStep, xs, 0, perStep);
                System.arraycopy(blockClasses, s * batch, classes, 0, batch);
            }
            if (!trainer.step(xs, classes)) {
                lane.failedAt = s;
                return false;
            }
        }
        return true;
    }

    /** The lane's last live member takes member i's place. */
    private static void remove(Lane lane, int i) {
        int last = --lane.live;
        lane.active[i] = lane.active[last];
        lane.trainers[i] = lane.trainers[last];
        lane.active[last] = null;
        lane.trainers[last] = null;
    }

    /** Records the snapshot of every live member due at {@code step}; members whose schedule ended leave. */
    private void snapshotsAt(long step) {
        for (Lane lane : lanes) {
            for (int i = 0; i < lane.live; i++) {
                GroupMember m = lane.active[i];
                if (m.nextSnapshot() == step) {
                    m.snapshot(step);
                    if (m.finished()) {
                        remove(lane, i--);
                    }
                }
            }
        }
    }
}
