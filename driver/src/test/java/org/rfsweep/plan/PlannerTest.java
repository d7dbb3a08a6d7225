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
        Plan plan = Planner.plan(sweep, committed, false);
        assertEquals(6, plan.total());
        assertEquals(2, plan.done());
        assertEquals(1, plan.failed());
        assertEquals(t.subList(3, 6), plan.toRun(), "spec order kept");
        Plan retry = Planner.plan(sweep, committed, true);
        assertEquals(0, retry.failed());
        assertEquals(4, retry.missing());
        assertEquals(t.get(2), retry.toRun().get(0));
    }

    @Test
    void costsComeFromTheKernelAndRepeatedTrialsRunOnce() {
        TestSweep twice = TestSweep.merge("p", sweep, sweep);
        Plan plan = Planner.plan(twice, Map.of(), false);
        assertEquals(6, plan.total());
        assertEquals(6, plan.missing());
        // TestKernel.estimateCost = 1 + sleep_ms + work/1e5 + |x|: 3 trials at x=1, 3 at x=2
        assertEquals(3 * 2 + 3 * 3, plan.totalCost(), 0);
        assertEquals(2.0, plan.costs()[0], 0);
    }
}
