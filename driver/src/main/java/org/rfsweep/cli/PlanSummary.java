package org.rfsweep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rfsweep.plan.Chunker;
import org.rfsweep.plan.Plan;
import org.rfsweep.spec.SweepSpec;
import org.rfsweep.table.BadFile;

/** The text of {@code plan} and {@code run --dry-run}: what exists, what will run, at what cost. */
final class PlanSummary {
    private PlanSummary() {
    }

    static List<String> lines(SweepSpec spec, Plan plan, String out, int slots) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "sweep %s: kernel %s %s, %d trials, output %s", spec.name(),
                spec.kernel().name(), spec.kernel().version(), plan.total(), out));
        lines.add(String.format(Locale.ROOT, "  done (ok or diverged): %d", plan.done()));
        lines.add(String.format(Locale.ROOT, "  failed (kept; --retry-failed re-runs them): %d", plan.failed()));
        lines.add(String.format(Locale.ROOT, "  copied from other sweeps (same trial ids, not recomputed): %d",
                plan.copied()));
        lines.add(String.format(Locale.ROOT, "  to run: %d", plan.missing()));
        if (plan.missing() > 0) {
            long chunks = Chunker.standard().chunkCount(plan.missing(), slots);
            lines.add(String.format(Locale.ROOT, "  estimated cost: %.4g units (%.4g per trial on average)",
                    plan.totalCost(), plan.totalCost() / plan.missing()));
            lines.add(String.format(Locale.ROOT, "  chunks: %d on %d slots (about %.1f trials each)", chunks, slots,
                    (double) plan.missing() / chunks));
        }
        return lines;
    }

    /** One stderr line per unreadable file of the sweep: what run will do with it. */
    static List<String> badFileLines(List<BadFile> bad, String quarantineDir) {
        List<String> lines = new ArrayList<>();
        for (BadFile b : bad) {
            lines.add("rfsweep: unreadable " + b + "; its trials count as to run, and 'run' moves it (with its "
                    + "chunk's other files) to " + quarantineDir + "/");
        }
        return lines;
    }
}
