package org.rfsweep.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.table.TrialOutcome;
import org.rfsweep.testkit.TestKernel;
import org.rfsweep.testkit.TestSweep;

/** Groups on the executor side: cut from a chunk's order, timed as a whole, a failure isolated. */
class TrialExecutorGroupTest {
    /** The test kernel with a group per seed; its group run counts calls and may throw. */
    static final class GroupedKernel implements Kernel {
        final Kernel inner = new TestKernel();
        final List<Integer> groupSizes = new ArrayList<>();

        @Override public String name() { return inner.name(); }
        @Override public String version() { return inner.version(); }
        @Override public String description() { return inner.description(); }
        @Override public ParamSchema schema() { return inner.schema(); }
        @Override public List<MetricSpec> metrics() { return inner.metrics(); }
        @Override public void validate(ResolvedParams params) { inner.validate(params); }
        @Override public double estimateCost(ResolvedParams params) { return inner.estimateCost(params); }
        @Override public TrialResult run(TrialSpec spec) { return inner.run(spec); }

        @Override
        public Object groupKey(ResolvedParams params) {
            return params.getString("mode").equals("sleep") ? null : params.getLong("seed");
        }

        @Override
        public List<TrialResult> runGroup(List<TrialSpec> specs) {
            groupSizes.add(specs.size());
            List<TrialResult> out = new ArrayList<>();
            for (TrialSpec s : specs) {
                out.add(inner.run(s)); // a throwing member throws out of the whole group
            }
            return out;
        }
    }

    private static List<TrialSpec> trials(List<String> modes, List<Long> seeds) {
        LinkedHashMap<String, List<?>> axes = new LinkedHashMap<>();
        axes.put("seed", seeds);
        axes.put("mode", modes);
        return TestSweep.grid("g", Map.of(), axes).trialList();
    }

    @Test
    void consecutiveTrialsOfOneKeyFormGroupsCutAtTheCap() {
        GroupedKernel k = new GroupedKernel();
        List<TrialSpec> t = new ArrayList<>(trials(List.of("ok", "diverge", "ok", "sleep", "ok"), List.of(0L, 1L)));
        List<List<TrialSpec>> groups = TrialGroups.consecutive(k, t, 2);
        // seed 0: [ok, diverge], [ok], [sleep alone], [ok]; seed 1 the same
        assertEquals(List.of(2, 1, 1, 1, 2, 1, 1, 1), groups.stream().map(List::size).toList());
        List<TrialSpec> flat = new ArrayList<>();
        groups.forEach(flat::addAll);
        assertEquals(t, flat);
    }

    @Test
    void aGroupSharesItsWallTimeAndAThrowingMemberFailsAlone() {
        GroupedKernel k = new GroupedKernel();
        TrialExecutor ex = new TrialExecutor("e", () -> false);
        List<TrialSpec> fine = trials(List.of("ok", "diverge", "ok"), List.of(0L));
        List<TrialOutcome> o = ex.runGroup(k, fine);
        assertEquals(List.of(3), k.groupSizes);
        assertEquals(List.of(TrialStatus.OK, TrialStatus.DIVERGED, TrialStatus.OK),
                o.stream().map(x -> x.result().status()).toList());
        for (int i = 0; i < 3; i++) {
            assertEquals(fine.get(i), o.get(i).spec());
            assertEquals(o.get(0).wallSeconds(), o.get(i).wallSeconds(), "an equal share each");
            assertEquals(o.get(0).startedMicros(), o.get(i).startedMicros());
        }
        List<TrialSpec> bad = trials(List.of("ok", "throw", "ok"), List.of(0L));
        List<TrialOutcome> b = ex.runGroup(k, bad);
        assertEquals(List.of(TrialStatus.OK, TrialStatus.FAILED, TrialStatus.OK),
                b.stream().map(x -> x.result().status()).toList());
        assertEquals(inner(k, bad.get(0)).scalars(), b.get(0).result().scalars(), "the others computed alone");
    }

    private static TrialResult inner(GroupedKernel k, TrialSpec t) {
        return k.inner.run(t);
    }
}
