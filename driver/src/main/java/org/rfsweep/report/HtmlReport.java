package org.rfsweep.report;

import java.util.List;

/**
 * Renders {@link ReportData} as one self-contained static HTML page: inline CSS, no scripts, no
 * server; images referenced by relative paths beside the page. Every text goes through
 * {@link Html#escape}.
 */
public final class HtmlReport {
    private static final String CSS = """
            body{font-family:sans-serif;margin:2em auto;max-width:1400px;padding:0 1em;color:#222}
            h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
            table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ddd;padding:.25em .5em}
            th{background:#f3f3f3;position:sticky;top:0}td.num{text-align:right;font-variant-numeric:tabular-nums}
            .scroll{overflow:auto;max-height:40em}pre{background:#f7f7f7;padding:1em;overflow:auto}
            figure{margin:1em 0}figure img{max-width:100%;border:1px solid #eee}figcaption{color:#555;font-size:.9em}
            .note{color:#8a6d3b}.failed{color:#b2182b}
            """;

    private HtmlReport() {
    }

    public static String render(ReportData d) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>rfsweep report: ")
                .append(Html.escape(d.sweep())).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>rfsweep report: sweep ").append(Html.escape(d.sweep())).append("</h1>\n<p>Generated ")
                .append(Html.escape(d.generated())).append(". Contents: <a href=\"#spec\">spec</a> · <a href=\"#provenance\">provenance</a>"
                        + " · <a href=\"#phase\">phase table</a> · <a href=\"#figures\">figures</a> · <a href=\"#failures\">failures</a></p>\n");
        for (String n : d.notes()) {
            h.append("<p class=\"note\">").append(Html.escape(n)).append("</p>\n");
        }
        spec(h, d.specs());
        h.append("<h2 id=\"provenance\">Provenance</h2>\n");
        table(h, d.provenance());
        h.append("<h3>Runs</h3>\n");
        if (d.runLog().rows().isEmpty()) {
            h.append("<p class=\"note\">No run log (written by an rfsweep before runs were recorded): Spark masters unknown.</p>\n");
        } else {
            table(h, d.runLog());
        }
        h.append("<h3>Executors</h3>\n");
        table(h, d.executors());
        h.append("<h2 id=\"phase\">Phase table</h2>\n<p>One row per grid point; metrics as mean ± standard error over the ok seeds.</p>\n");
        table(h, d.phase());
        figures(h, d.figures());
        h.append("<h2 id=\"failures\">Failed and diverged trials</h2>\n");
        if (d.failures().rows().isEmpty()) {
            h.append("<p>None: every trial ended ok.</p>\n");
        } else {
            h.append("<p class=\"failed\">").append(d.failures().rows().size()).append(" trials did not end ok.</p>\n");
            table(h, d.failures());
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static void spec(StringBuilder h, List<ReportData.Spec> specs) {
        h.append("<h2 id=\"spec\">Spec</h2>\n");
        for (ReportData.Spec s : specs) {
            h.append("<p>spec_hash <code>").append(Html.escape(s.hash())).append("</code></p>\n");
            if (s.text() == null) {
                h.append("<p class=\"note\">The spec text was not stored with this output (written by an older rfsweep); "
                        + "pass the spec file as SWEEP to include it.</p>\n");
            } else {
                h.append("<pre>").append(Html.escape(s.text())).append("</pre>\n");
            }
        }
    }

    private static void figures(StringBuilder h, List<ReportData.FigureRef> figures) {
        h.append("<h2 id=\"figures\">Figures</h2>\n");
        String section = null;
        for (ReportData.FigureRef f : figures) {
            if (!f.section().equals(section)) {
                section = f.section();
                h.append("<h3>").append(Html.escape(section)).append("</h3>\n");
            }
            h.append("<figure><a href=\"").append(Html.escape(f.path())).append("\"><img src=\"").append(Html.escape(f.path()))
                    .append("\" alt=\"").append(Html.escape(f.caption())).append("\"></a><figcaption>")
                    .append(Html.escape(f.caption())).append("</figcaption></figure>\n");
        }
    }

    private static void table(StringBuilder h, ReportData.Table t) {
        h.append("<div class=\"scroll\"><table>\n<thead><tr>");
        for (String c : t.header()) {
            h.append("<th>").append(Html.escape(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (String c : row) {
                h.append(numeric(c) ? "<td class=\"num\">" : "<td>").append(Html.escape(c)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div>\n");
    }

    private static boolean numeric(String c) {
        return c != null && c.matches("[-+0-9.eE± ]+") && !c.isBlank();
    }
}
