package org.gazette.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain-text table for console commands: columns as wide as their widest cell, whitespace inside a
 * cell collapsed to one space, long cells cut with an ellipsis except in the last column, which is
 * kept whole (it holds reasons, errors and aliases).
 */
public final class TextTable {
    private static final int MAX_CELL = 60;
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");
    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();
    private String blank = "-";

    /** @param header the column names */
    public TextTable(String... header) {
        this.header = header;
    }

    /**
     * @param text what a missing (null) cell shows; {@code "-"} unless set
     * @return this table
     */
    public TextTable blank(String text) {
        this.blank = text;
        return this;
    }

    /**
     * @param cells the row's cells, in column order; missing or null cells show the blank text
     * @return this table
     */
    public TextTable row(Object... cells) {
        String[] r = new String[header.length];
        for (int i = 0; i < r.length; i++) {
            String s = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : blank;
            s = WHITESPACE.matcher(s).replaceAll(" ").strip();
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
