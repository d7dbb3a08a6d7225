package org.rfsweep.report;

import java.util.List;

/**
 * Everything one report page shows, as plain text (escaped only when rendered).
 *
 * @param sweep      the sweep name
 * @param generated  when the report was made (UTC)
 * @param specs      the spec texts, one per spec hash seen in the runs (text null if not stored)
 * @param provenance kernel, versions, commits, hashes, trial counts and times, per distinct provenance
 * @param runLog     the recorded runs (start, Spark master, commit, spec hash); empty for older outputs
 * @param executors  executors and how many trials each ran
 * @param phase      the phase table, one row per grid point
 * @param failures   the failed and diverged trials with their messages
 * @param figures    the figures, in order
 * @param notes      what was left out and why (e.g. a figure kind that does not apply)
 */
public record ReportData(String sweep, String generated, List<Spec> specs, Table provenance, Table runLog,
                         Table executors, Table phase, Table failures, List<FigureRef> figures, List<String> notes) {

    /** A stored spec text and its hash; {@code text} is null when the output predates spec storage. */
    public record Spec(String hash, String text) {
    }

    /** A figure file relative to the page, its caption, and its section (the plot kind). */
    public record FigureRef(String section, String path, String caption) {
    }

    /** A table of text cells. */
    public record Table(List<String> header, List<List<String>> rows) {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }
}
