package org.rfsweep.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.table.TrialOutcome;
import org.rfsweep.testkit.TestKernel;

/** The executor's warm-up: once per JVM and warm-up trial, never failing the task. */
class KernelWarmUpTest {

    /** The test kernel, warming up with a trial of the same x (its "shape") and x = −x0 on failure. */
    private static final class WarmingKernel implements Kernel {
        private final TestKernel inner = new TestKernel();
        private final String version;
        final List<String> runs = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile boolean finished;

        WarmingKernel(String version) {
            this.version = version;
        }

        @Override public String name() { return inner.name(); }
        @Override public String version() { return version; }
        @Override public String description() { return inner.description(); }
        @Override public ParamSchema schema() { return inner.schema(); }
        @Override public List<MetricSpec> metrics() { return inner.metrics(); }
        @Override public void validate(ResolvedParams params) { inner.validate(params); }
        @Override public double estimateCost(ResolvedParams params) { return 1; }

        @Override
        public Optional<TrialSpec> warmUpTrial(ResolvedParams like) {
            return Optional.of(TrialSpec.of(this, schema().resolve(Map.of("x", like.getDouble("x"),
                    "mode", like.getString("mode")))));
        }

        @Override
        public TrialResult run(TrialSpec spec) {
            runs.add(spec.params().getDouble("x") + "/" + spec.params().getString("mode"));
            if (spec.params().getString("mode").equals("throw")) {
                throw new IllegalStateException("warm-up failed on purpose");
            }
            if (spec.params().getString("mode").equals("sleep")) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                finished = true;
            }
            return TrialResult.failed("not used");
        }
    }

    private static TrialSpec trial(Kernel k, double x, long seed, String mode) {
        return TrialSpec.of(k, k.schema().resolve(Map.of("x", x, "seed", seed, "mode", mode)));
    }

    @Test
    void warmsUpOncePerJvmAndShape() {
        WarmingKernel k = new WarmingKernel("warm-once"); // a version of its own: ids unique to this test
        KernelWarmUp.ensure(k, trial(k, 1, 0, "ok"));
        KernelWarmUp.ensure(k, trial(k, 1, 5, "ok")); // same shape, other seed: already warm
        KernelWarmUp.ensure(k, trial(k, 2, 0, "ok")); // another shape
        KernelWarmUp.ensure(k, trial(k, 2, 9, "ok"));
        assertEquals(List.of("1.0/ok", "2.0/ok"), k.runs);
    }

    @Test
    void aFailingWarmUpNeitherThrowsNorRepeats() {
        WarmingKernel k = new WarmingKernel("warm-fail");
        KernelWarmUp.ensure(k, trial(k, 3, 0, "throw"));
        KernelWarmUp.ensure(k, trial(k, 3, 1, "throw"));
        assertEquals(List.of("3.0/throw"), k.runs);
    }

    /** A task arriving while the driver's background warm-up runs waits for it instead of repeating it. */
    @Test
    void aTaskWaitsForTheBackgroundWarmUp() {
        WarmingKernel k = new WarmingKernel("warm-wait");
        KernelWarmUp.startInBackground(k, trial(k, 4, 0, "sleep"));
        long t0 = System.nanoTime();
        while (k.runs.isEmpty() && System.nanoTime() - t0 < 10_000_000_000L) {
            Thread.onSpinWait(); // until the background thread is inside the warm-up
        }
        KernelWarmUp.ensure(k, trial(k, 4, 1, "sleep"));
        assertEquals(List.of("4.0/sleep"), k.runs);
        assertEquals(true, k.finished, "ensure returned before the warm-up in progress had finished");
    }

    @Test
    void aKernelWithoutWarmUpRunsNothing() {
        TestKernel plain = new TestKernel();
        KernelWarmUp.ensure(plain, trial(plain, 1, 0, "sleep")); // would sleep 0 ms if run; returns at once
        assertEquals(Optional.empty(), plain.warmUpTrial(trial(plain, 1, 0, "ok").params()));
    }

    @Test
    void theWarmUpCommitsItsRowsIntoAThrowawayOutputAndRemovesIt(@TempDir java.nio.file.Path parent)
            throws Exception {
        TestKernel k = new TestKernel();
        TrialOutcome o = new TrialExecutor("warm-up", () -> false).run(k, trial(k, 0.5, 0, "ok"));
        assertEquals(TrialStatus.OK, o.result().status());
        assertTrue(KernelWarmUp.commitThrowaway(k, o, parent), "the rows went through the tasks' commit");
        try (java.util.stream.Stream<java.nio.file.Path> left = java.nio.file.Files.list(parent)) {
            assertEquals(List.of(), left.toList(), "the throwaway output is gone");
        }
        assertFalse(KernelWarmUp.commitThrowaway(k, o, parent.resolve("missing")), "best effort, no exception");
    }
}
