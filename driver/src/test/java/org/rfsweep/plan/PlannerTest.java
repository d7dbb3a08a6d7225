package org.rfsweep.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.testkit.TestSweep;

class PlannerTest {
    private final TestSweep sweep = TestSweep.xSeeds("p", Map.of(), List.of(1.0, 2.0), 3);
    private final List<TrialSpec> t = sweep.trialList();

    @Test
    void okAndDivergedAreDoneFailedAreKeptUnlessRetried() {
        Map<String, TrialStatus> committed = new HashMap<>();
        committed.put(t.get(0).trialId(), TrialStatus.OK);
        committed.put(t.get(1).trialId(), TrialStatus.DIVERGED);
        committed.put(t.get(2).trialId(), TrialStatus.FAILED);
        committed.put("not-in-this-spec", TrialStatus.OK);
        Committed here = Committed.of(committed::get, id -> null);
        Work work = Planner.work(sweep, here, false);
        assertEquals(6, work.plan().total());
        assertEquals(2, work.plan().done());
        assertEquals(1, work.plan().failed());
        assertEquals(t.subList(3, 6), work.toRun(), "spec order kept");
        assertEquals(work.plan(), Planner.plan(sweep, here, false), "plan counts what work lists");
        Work retry = Planner.work(sweep, here, true);
        assertEquals(0, retry.plan().failed());
        assertEquals(4, retry.plan().missing());
        assertEquals(t.get(2), retry.toRun().get(0));
    }

    @Test
    void trialsOfAnotherSweepAreCopiedFailedOnesUnderTheRetryRule() {
        Map<String, TrialStatus> here = Map.of(t.get(0).trialId(), TrialStatus.OK);
        Map<String, TrialStatus> there = Map.of(t.get(0).trialId(), TrialStatus.OK,
                t.get(1).trialId(), TrialStatus.DIVERGED, t.get(2).trialId(), TrialStatus.FAILED);
        Committed committed = Committed.of(here::get, there::get);
        Work work = Planner.work(sweep, committed, false);
        assertEquals(1, work.plan().done(), "a trial of this sweep is not copied");
        assertEquals(List.of(t.get(1).trialId(), t.get(2).trialId()), work.copies());
        assertEquals(t.subList(3, 6), work.toRun());
        Work retry = Planner.work(sweep, committed, true);
        assertEquals(List.of(t.get(1).trialId()), retry.copies(), "a failed trial elsewhere is retried, not copied");
        assertEquals(t.get(2), retry.toRun().get(0));
        assertEquals(1, Planner.plan(sweep, committed, true).copied());
    }

    @Test
    void costsComeFromTheKernelAndRepeatedTrialsRunOnce() {
        TestSweep twice = TestSweep.merge("p", sweep, sweep);
        Work work = Planner.work(twice, Committed.none(), false);
        assertEquals(6, work.plan().total());
        assertEquals(6, work.plan().missing());
        assertEquals(t, work.toRun(), "first occurrences, in spec order");
        // TestKernel.estimateCost = 1 + sleep_ms + work/1e5 + |x|: 3 trials at x=1, 3 at x=2
        assertEquals(3 * 2 + 3 * 3, work.plan().totalCost(), 0);
        assertEquals(2.0, work.costs()[0], 0);
    }
}
