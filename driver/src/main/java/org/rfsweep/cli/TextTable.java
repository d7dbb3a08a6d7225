package org.rfsweep.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders rows of cells as an aligned text table (numbers right-aligned, text left-aligned) or as
 * CSV (RFC 4180 quoting). Pure formatting: the cells are already strings.
 */
final class TextTable {
    private final List<String> headers;
    private final boolean[] numeric;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param numeric per column: right-align it */
    TextTable(List<String> headers, boolean[] numeric) {
        this.headers = List.copyOf(headers);
        this.numeric = numeric.clone();
    }

    void add(List<String> row) {
        if (row.size() != headers.size()) {
            throw new IllegalArgumentException("row has " + row.size() + " cells, table has " + headers.size());
        }
        rows.add(List.copyOf(row));
    }

    /** Header, a rule of dashes, then the rows; columns separated by two spaces. */
    List<String> aligned() {
        int[] width = new int[headers.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = headers.get(c).length();
            for (List<String> r : rows) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(line(headers, width));
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        lines.add(line(rule, width));
        for (List<String> r : rows) {
            lines.add(line(r, width));
        }
        return lines;
    }

    private String line(List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                sb.append("  ");
            }
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            sb.append(numeric[c] ? pad + cell : c == cells.size() - 1 ? cell : cell + pad);
        }
        return sb.toString();
    }

    /** The header and rows as CSV lines. */
    List<String> csv() {
        List<String> lines = new ArrayList<>();
        lines.add(csvLine(headers));
        for (List<String> r : rows) {
            lines.add(csvLine(r));
        }
        return lines;
    }

    private static String csvLine(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String c : cells) {
            boolean needs = c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r");
            quoted.add(needs ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        return String.join(",", quoted);
    }
}
