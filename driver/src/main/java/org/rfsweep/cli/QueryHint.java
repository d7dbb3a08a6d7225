package org.rfsweep.cli;

import java.nio.file.Path;
import java.util.List;

/** What {@code run} prints last: how to query the tables it just wrote (with rfsweep and without) and how to see them. */
final class QueryHint {
    private QueryHint() {
    }

    /**
     * @param sweep the sweep's name
     * @param out   the {@code --out} value as given
     * @param root  the output root, absolute
     */
    static List<String> lines(String sweep, Path out, Path root) {
        String outOption = out.equals(Path.of(OutputOption.DEFAULT_OUT)) ? "" : " --out " + out;
        return List.of(
                "query them: ./rfsweep sql \"SELECT * FROM phase WHERE sweep = '" + sweep + "'\"" + outOption,
                "  (views runs, trajectories, receptive_fields, phase; ./rfsweep status" + outOption + " for counts)",
                // not a glob over runs/: it can match an uncommitted attempt's files; the manifest names the committed ones
                "  or from DuckDB/pyarrow: the files listed in " + root + "/_manifest/runs.txt (README, \"Output tables\")",
                "see them: ./rfsweep report " + sweep + outOption + " --dir report-" + sweep
                        + "  (one HTML page with the phase table and figures)");
    }
}
