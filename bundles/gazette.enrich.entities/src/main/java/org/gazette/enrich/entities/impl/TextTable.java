package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the console commands, columns as wide as their widest cell; long cells
 * are cut with an ellipsis except in the last column, which is kept whole. (The console bundle has
 * its own; its package is not exported.)
 */
final class TextTable {
    private static final int MAX_CELL = 60;
    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = header;
    }

    TextTable row(Object... cells) {
        String[] r = new String[header.length];
        for (int i = 0; i < r.length; i++) {
            String s = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
            s = Names.collapse(s).strip();
            r[i] = s.length() > MAX_CELL && i < r.length - 1 ? s.substring(0, MAX_CELL - 1) + "…" : s;
        }
        rows.add(r);
        return this;
    }

    @Override
    public String toString() {
        int[] width = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            width[i] = header[i].length();
            for (String[] r : rows) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, width);
        rows.forEach(r -> line(sb, r, width));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            l.append(cells[i]);
            if (i < cells.length - 1) {
                l.append(" ".repeat(width[i] - cells[i].length() + 2));
            }
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }
}
