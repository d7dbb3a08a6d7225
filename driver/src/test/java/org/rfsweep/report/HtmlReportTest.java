package org.rfsweep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The page's structure and escaping, without Spark. */
class HtmlReportTest {
    private static final String EVIL = "<script>alert('x')</script>&";

    private static ReportData data(ReportData.Spec spec, ReportData.Table runLog) {
        ReportData.Table t = new ReportData.Table(List.of("col" + EVIL), List.of(List.of(EVIL), List.of("0.25 ± 0.01")));
        return new ReportData("s", "2026-01-01T00:00:00Z", List.of(spec), t, runLog, t, t, t,
                List.of(new ReportData.FigureRef("phase", "figures/a\"b.png", "caption " + EVIL)), List.of("note " + EVIL));
    }

    @Test
    void everyTextIsEscaped() {
        String html = HtmlReport.render(data(new ReportData.Spec("h", "name: s # " + EVIL), new ReportData.Table(List.of("a"),
                List.of(List.of(EVIL)))));
        assertFalse(html.contains("<script>"), "no markup from the data");
        // 4 tables x (header + cell), the run log's cell, the caption (alt and figcaption), the note, the spec
        assertEquals(13, countEscaped(html));
        assertTrue(html.contains("src=\"figures/a&quot;b.png\""), "attribute values escaped");
        assertTrue(html.contains("<td class=\"num\">0.25 ± 0.01</td>"), "numbers right-aligned");
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.strip().endsWith("</html>"));
    }

    /** Occurrences of EVIL, escaped. */
    private static int countEscaped(String html) {
        return html.split("&lt;script&gt;alert\\(&#39;x&#39;\\)&lt;/script&gt;&amp;", -1).length - 1;
    }

    @Test
    void anOutputWithoutStoredSpecOrRunLogSaysSo() {
        String html = HtmlReport.render(data(new ReportData.Spec("abc", null), new ReportData.Table(List.of("a"), List.of())));
        assertTrue(html.contains("The spec text was not stored with this output"));
        assertTrue(html.contains("No run log"));
        assertTrue(html.contains("<code>abc</code>"));
    }

    @Test
    void escapeCoversTheFiveMarkupCharacters() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Html.escape("<a href=\"x\">&'"));
        assertEquals("", Html.escape(null));
    }
}
